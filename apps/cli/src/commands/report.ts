import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { ReportGenerator, reportFileName } from '@app/insight';

/** Parses --year: a calendar year, 2000–2100. */
export function reportYear(value: string | undefined): number {
  const year = Number(value);
  if (!value || !Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new Error('report needs --year YYYY (2000–2100)');
  }
  return year;
}

/** `npm run report -- --year 2026 [--out dir]`: writes the year's report as DOCX and PDF. */
export async function writeReport(
  app: INestApplicationContext,
  options: { year: number; out: string },
): Promise<void> {
  const started = Date.now();
  const { docx, pdf } = await app.get(ReportGenerator).generate(options.year, async (p) => {
    process.stderr.write(`${String(p.percent).padStart(3)}% ${p.chapter}\n`);
  });
  const dir = resolve(options.out);
  await mkdir(dir, { recursive: true });
  for (const [format, data] of [
    ['docx', docx],
    ['pdf', pdf],
  ] as const) {
    const path = join(dir, reportFileName(options.year, format));
    await writeFile(path, data);
    console.log(`${path} (${Math.round(data.length / 1024)} KiB)`);
  }
  console.log(`Report ${options.year} written in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
