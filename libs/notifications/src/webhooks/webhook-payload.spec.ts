import { describe, expect, it } from '@jest/globals';
import type { NotificationContent } from '../notification-kinds';
import { consoleLink, webhookPayload } from './webhook-payload';

describe('webhook payload', () => {
  it('has the Standard Webhooks shape with title and console link in data', () => {
    const content: NotificationContent = {
      kind: 'interest.received',
      title: { 'zh-CN': '收到合作意向', en: 'Interest received' },
      body: { 'zh-CN': '…', en: '…' },
      link: { type: 'match', id: 'c0ffee00-0000-4000-8000-000000000001' },
      data: { connectionId: 'c0ffee00-0000-4000-8000-000000000001', demandId: 'd1' },
      sourceEventId: '42',
      occurredAt: '2026-05-01T08:00:00+08:00',
    };
    expect(webhookPayload(content, 'https://chanjiao.example.cn/')).toEqual({
      type: 'interest.received',
      timestamp: '2026-05-01T00:00:00.000Z',
      data: {
        connectionId: 'c0ffee00-0000-4000-8000-000000000001',
        demandId: 'd1',
        title: { 'zh-CN': '收到合作意向', en: 'Interest received' },
        link: 'https://chanjiao.example.cn/matches/c0ffee00-0000-4000-8000-000000000001',
      },
    });
  });

  it('links each kind of resource to its console page', () => {
    const base = 'http://localhost:3000';
    expect(consoleLink(base, { type: 'demand', id: 'x' })).toBe(`${base}/demands/x`);
    expect(consoleLink(base, { type: 'organization', id: 'y' })).toBe(`${base}/organizations/y`);
    expect(consoleLink(base, { type: 'saved_search', id: 'z' })).toBe(`${base}/saved-searches/z`);
    expect(consoleLink(base, { type: 'conversation', id: 'c' })).toBe(`${base}/conversations/c`);
    expect(consoleLink(base, null)).toBeNull();
  });
});
