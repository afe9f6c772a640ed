import { createHash } from 'node:crypto';

/** A stable UUID for a seed key, so that seeding twice finds the same rows instead of adding. */
export function seedUuid(key: string): string {
  const hex = createHash('sha256').update(`chanjiao-seed:${key}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function daysAgo(today: string, days: number): Date {
  const date = new Date(`${today}T09:00:00+08:00`);
  date.setUTCDate(date.getUTCDate() - days);
  return date;
}
