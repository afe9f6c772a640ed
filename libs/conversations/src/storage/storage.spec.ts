import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import {
  type LoopbackS3,
  S3RVER_CREDENTIALS,
  startLoopbackS3,
} from '../../../../test/support/s3-server';
import { type AttachmentStorage, newStorageKey, StoredObjectMissing } from './attachment-storage';
import { LocalDiskStorage } from './local-disk.storage';
import { S3Storage } from './s3.storage';

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** What every driver must do, run against each. */
function behavesLikeAStore(store: () => AttachmentStorage) {
  it('stores, streams back byte for byte, and removes', async () => {
    const key = newStorageKey();
    const data = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(300_000, 7)]);
    await store().put(key, data, 'application/pdf');
    expect((await bytesOf(await store().open(key))).equals(data)).toBe(true);
    await store().remove(key);
    await expect(store().open(key)).rejects.toBeInstanceOf(StoredObjectMissing);
    // Removing what is not there is fine (cleanup after a failed insert may race).
    await store().remove(key);
  });

  it('keeps objects apart by key', async () => {
    const [a, b] = [newStorageKey(), newStorageKey()];
    expect(a).not.toBe(b);
    await store().put(a, Buffer.from('a'), 'image/png');
    await store().put(b, Buffer.from('b'), 'image/png');
    expect((await bytesOf(await store().open(a))).toString()).toBe('a');
    expect((await bytesOf(await store().open(b))).toString()).toBe('b');
  });

  it('refuses keys it did not make (no paths, no traversal)', async () => {
    for (const key of ['../etc/passwd', 'a/b', '报价.pdf', '']) {
      await expect(store().put(key, Buffer.from('x'), 'image/png')).rejects.toThrow(
        /Not a storage key/,
      );
      await expect(store().open(key)).rejects.toThrow(/Not a storage key/);
    }
  });
}

describe('storage keys', () => {
  it('are random hex with a fan-out directory, never a file name', () => {
    const keys = new Set(Array.from({ length: 1000 }, newStorageKey));
    expect(keys.size).toBe(1000);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{40}$/);
  });
});

describe('LocalDiskStorage', () => {
  let directory: string;
  let storage: LocalDiskStorage;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'chanjiao-attachments-'));
    storage = new LocalDiskStorage(directory);
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  behavesLikeAStore(() => storage);

  it('leaves no temporary file behind', async () => {
    // A store of its own: another test's key may share the two-character fan-out directory.
    const own = await mkdtemp(join(tmpdir(), 'chanjiao-attachments-'));
    try {
      const key = newStorageKey();
      await new LocalDiskStorage(own).put(key, Buffer.from('png'), 'image/png');
      const files = await readdir(join(own, key.slice(0, 2)));
      expect(files).toEqual([key.slice(3)]);
    } finally {
      await rm(own, { recursive: true, force: true });
    }
  });
});

describe('S3Storage against s3rver on loopback', () => {
  const bucket = 'chanjiao-attachments';
  let s3: LoopbackS3;
  let storage: S3Storage;

  beforeAll(async () => {
    s3 = await startLoopbackS3();
    const admin = new S3Client({
      region: 'us-east-1',
      endpoint: s3.endpoint,
      forcePathStyle: true,
      credentials: S3RVER_CREDENTIALS,
    });
    await admin.send(new CreateBucketCommand({ Bucket: bucket }));
    admin.destroy();
    storage = new S3Storage({
      bucket,
      region: 'us-east-1',
      endpoint: s3.endpoint,
      forcePathStyle: true,
      ...S3RVER_CREDENTIALS,
    });
  });
  afterAll(async () => {
    storage?.close();
    await s3?.stop();
  });

  behavesLikeAStore(() => storage);

  it('fails loudly on a bucket that does not exist', async () => {
    const missing = new S3Storage({
      bucket: 'no-such-bucket',
      region: 'us-east-1',
      endpoint: s3.endpoint,
      forcePathStyle: true,
      ...S3RVER_CREDENTIALS,
    });
    await expect(missing.put(newStorageKey(), Buffer.from('x'), 'image/png')).rejects.toThrow();
    missing.close();
  });
});
