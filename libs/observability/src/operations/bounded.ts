/** Rejects when `work` has not settled within `ms` (the work itself is not cancelled). */
export async function within<T>(ms: number, what: string, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Seconds from `then` (ms since the epoch) to `now`, never negative (clocks differ). */
export function ageSeconds(then: number | undefined, now: number): number {
  return then === undefined || !Number.isFinite(then) ? 0 : Math.max(0, (now - then) / 1000);
}
