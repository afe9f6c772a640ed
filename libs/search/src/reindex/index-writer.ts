import type { Meilisearch } from 'meilisearch';

/**
 * Buffers documents per index and sends them in large requests, without waiting for Meilisearch
 * to index them: tasks queued together are batched by the engine, and their uids are kept to be
 * waited for once at the end.
 */
/** Only the id matters here: the writer forwards whatever documents it is given. */
interface Identified {
  id: string;
}

export class IndexWriter {
  readonly tasks: number[] = [];
  private readonly buffers = new Map<string, Identified[]>();

  constructor(
    private readonly meili: Meilisearch,
    private readonly batchSize: number,
  ) {}

  async add(uid: string, documents: readonly Identified[]): Promise<void> {
    if (documents.length === 0) return;
    const buffer = this.buffers.get(uid) ?? [];
    buffer.push(...documents);
    this.buffers.set(uid, buffer);
    if (buffer.length >= this.batchSize) await this.flushIndex(uid);
  }

  async remove(uid: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    // Buffered upserts were read earlier: they must not land after this removal.
    await this.flushIndex(uid);
    this.tasks.push((await this.meili.index(uid).deleteDocuments(ids)).taskUid);
  }

  async flush(): Promise<void> {
    for (const uid of this.buffers.keys()) await this.flushIndex(uid);
  }

  private async flushIndex(uid: string): Promise<void> {
    const buffer = this.buffers.get(uid);
    if (!buffer?.length) return;
    this.buffers.delete(uid);
    for (let i = 0; i < buffer.length; i += this.batchSize) {
      const batch = buffer.slice(i, i + this.batchSize);
      this.tasks.push((await this.meili.index(uid).addDocuments(batch)).taskUid);
    }
  }
}
