/**
 * Rejects if `work` has not settled within `ms`. BullMQ and ioredis wait for a connection
 * indefinitely, so every Redis call on a path that must not hang goes through this. The work
 * itself is not cancelled: callers use it only where a late success is harmless (job ids).
 */
export async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
