import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import {
  type AttachmentStorage,
  assertStorageKey,
  StoredObjectMissing,
} from './attachment-storage';

/**
 * Attachments as files under one directory (STORAGE_DIR). A file is written under a temporary
 * name, flushed, then renamed, so a crash never leaves half a file under a real key.
 */
export class LocalDiskStorage implements AttachmentStorage {
  private readonly root: string;

  constructor(directory: string) {
    this.root = resolve(directory);
  }

  async put(key: string, data: Buffer, _contentType?: string): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${randomBytes(6).toString('hex')}.part`;
    const file = await open(temporary, 'wx', 0o640);
    try {
      await file.writeFile(data);
      await file.sync();
    } catch (error) {
      await file.close();
      await rm(temporary, { force: true });
      throw error;
    }
    await file.close();
    await rename(temporary, path);
  }

  async open(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    return new Promise((resolvePromise, reject) => {
      const stream = createReadStream(path);
      stream.once('open', () => resolvePromise(stream));
      stream.once('error', (error: NodeJS.ErrnoException) =>
        reject(error.code === 'ENOENT' ? new StoredObjectMissing(key) : error),
      );
    });
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    assertStorageKey(key);
    return join(this.root, key);
  }
}
