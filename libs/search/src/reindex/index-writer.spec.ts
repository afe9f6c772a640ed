import { describe, expect, it } from '@jest/globals';
import type { Meilisearch } from 'meilisearch';
import { IndexWriter } from './index-writer';

/** Records each request as `add|remove uid ids`, answering with increasing task uids. */
function fakeMeili() {
  const requests: string[] = [];
  const enqueue = (line: string) => {
    requests.push(line);
    return Promise.resolve({ taskUid: requests.length });
  };
  const meili = {
    index: (uid: string) => ({
      addDocuments: (docs: { id: string }[]) =>
        enqueue(`add ${uid} ${docs.map((d) => d.id).join(',')}`),
      deleteDocuments: (ids: string[]) => enqueue(`remove ${uid} ${ids.join(',')}`),
    }),
  } as unknown as Meilisearch;
  return { meili, requests };
}

const docs = (...ids: string[]) => ids.map((id) => ({ id, version: 1 }));

describe('IndexWriter', () => {
  it('sends full batches at once and the rest on flush, keeping every task uid', async () => {
    const { meili, requests } = fakeMeili();
    const writer = new IndexWriter(meili, 2);
    await writer.add('x_demands', docs('a'));
    expect(requests).toEqual([]);
    await writer.add('x_demands', docs('b', 'c', 'd', 'e'));
    await writer.add('x_offers', docs('o'));
    await writer.flush();
    expect(requests).toEqual([
      'add x_demands a,b',
      'add x_demands c,d',
      'add x_demands e',
      'add x_offers o',
    ]);
    expect(writer.tasks).toEqual([1, 2, 3, 4]);
  });

  it("sends an index's buffered upserts before a removal from it", async () => {
    const { meili, requests } = fakeMeili();
    const writer = new IndexWriter(meili, 100);
    await writer.add('x_demands', docs('a'));
    await writer.add('x_offers', docs('o'));
    await writer.remove('x_demands', ['a']);
    await writer.remove('x_experts', []);
    expect(requests).toEqual(['add x_demands a', 'remove x_demands a']);
  });
});
