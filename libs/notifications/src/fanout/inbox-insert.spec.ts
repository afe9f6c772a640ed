import { describe, expect, it } from '@jest/globals';
import type { EntityManager } from 'typeorm';
import type { NotificationContent } from '../notification-kinds';
import { insertInbox } from './inbox-insert';

const alert = (savedSearchId: string): NotificationContent => ({
  kind: 'saved_search.alert',
  title: { 'zh-CN': '有新需求符合您的订阅', en: 'A new demand matches your search' },
  body: { 'zh-CN': '氢燃料电池电堆测试平台搭建', en: 'Fuel-cell stack test bench' },
  link: { type: 'demand', id: 'd-1' },
  data: { demandId: 'd-1', savedSearchId },
  sourceEventId: '42',
  occurredAt: '2026-12-06T08:00:00.000Z',
});

function capture() {
  const calls: unknown[][] = [];
  const m = {
    query: async (_sql: string, params: unknown[]) => {
      calls.push(params);
      return [{ user_id: 'u-1', seq: 7 }];
    },
  } as unknown as EntityManager;
  return { m, calls };
}

describe('insertInbox', () => {
  it('sends what recipients share once and only their own data per row', async () => {
    const { m, calls } = capture();
    const shared = alert('s-0');
    const entries = [
      { userId: 'u-1', content: alert('s-1'), dedupeKey: 'k-1' },
      { userId: 'u-2', content: alert('s-2'), dedupeKey: 'k-2' },
      { userId: 'u-3', content: shared, dedupeKey: 'k-3' },
      { userId: 'u-4', content: { ...shared, kind: 'demand.matched' as const }, dedupeKey: 'k-4' },
    ];
    const announced = await insertInbox(m, entries);
    const [users, keys, shapeOf, shapes, data] = calls[0] as [
      string[],
      string[],
      number[],
      string,
      string[],
    ];
    expect(users).toEqual(['u-1', 'u-2', 'u-3', 'u-4']);
    expect(keys).toEqual(['k-1', 'k-2', 'k-3', 'k-4']);
    expect(shapeOf).toEqual([0, 0, 0, 1]);
    expect(JSON.parse(shapes)).toEqual([
      {
        kind: 'saved_search.alert',
        title: shared.title,
        body: shared.body,
        link: shared.link,
        sourceEventId: '42',
      },
      expect.objectContaining({ kind: 'demand.matched' }),
    ]);
    expect(data.map((d) => JSON.parse(d))).toEqual(entries.map((e) => e.content.data));
    expect(announced).toEqual([['u-1', '7']]);
  });

  it('writes nothing for no entries', async () => {
    const { m, calls } = capture();
    expect(await insertInbox(m, [])).toEqual([]);
    expect(calls).toEqual([]);
  });
});
