import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';

/**
 * Where attachment bytes live (the rows that describe them are in PostgreSQL). Keys are made by
 * `newStorageKey` (random, never a user's file name), so a driver may use them as paths.
 */
export interface AttachmentStorage {
  /** Stores the bytes under `key`; when it resolves, `open(key)` finds them. */
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** The stored bytes as a stream; rejects with StoredObjectMissing when there are none. */
  open(key: string): Promise<Readable>;
  /** Removes the bytes; removing a missing key is not an error. */
  remove(key: string): Promise<void>;
}

/** The Nest token of the configured driver (STORAGE_DRIVER). */
export const ATTACHMENT_STORAGE = Symbol('ATTACHMENT_STORAGE');

export class StoredObjectMissing extends Error {
  constructor(key: string) {
    super(`No stored object under ${key}`);
    this.name = 'StoredObjectMissing';
  }
}

const KEY = /^[0-9a-f]{2}\/[0-9a-f]{40}$/;

/** A fresh random key: two hex characters of fan-out, then 160 random bits. */
export function newStorageKey(): string {
  const hex = randomBytes(21).toString('hex').slice(0, 42);
  return `${hex.slice(0, 2)}/${hex.slice(2)}`;
}

/** Keys come from newStorageKey only: anything else (a path, `..`) is refused by the drivers. */
export function assertStorageKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`Not a storage key: ${JSON.stringify(key)}`);
}
