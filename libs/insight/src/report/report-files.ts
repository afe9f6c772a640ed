import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/shared';

export const REPORT_FORMATS = ['docx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The reports' files under REPORTS_DIR, named by the report's id (never by anything a user
 * typed). Written under a temporary name and renamed, so a crash leaves no half file.
 */
@Injectable()
export class ReportFiles {
  private readonly root: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.root = resolve(config.REPORTS_DIR);
  }

  async save(id: string, format: ReportFormat, data: Buffer): Promise<void> {
    const path = this.pathOf(id, format);
    await mkdir(this.root, { recursive: true });
    const temporary = `${path}.${randomBytes(6).toString('hex')}.part`;
    const file = await open(temporary, 'wx', 0o640);
    try {
      await file.writeFile(data);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, path).catch(async (error: unknown) => {
      await rm(temporary, { force: true });
      throw error;
    });
  }

  /** The file as a stream, once it is open (a missing file rejects instead of a broken response). */
  open(id: string, format: ReportFormat): Promise<Readable> {
    const stream = createReadStream(this.pathOf(id, format));
    return new Promise((done, fail) => {
      stream.once('open', () => done(stream));
      stream.once('error', fail);
    });
  }

  private pathOf(id: string, format: ReportFormat): string {
    if (!UUID.test(id)) throw new Error(`Not a report id: ${JSON.stringify(id)}`);
    return join(this.root, `${id}.${format}`);
  }
}
