import { describe, expect, it } from '@jest/globals';
import type { NotificationContent } from '../notification-kinds';
import {
  DIGEST_MAX_ITEMS,
  escapeHtml,
  linkFor,
  renderDigest,
  renderNotification,
  webUrl,
} from './email-templates';

const WEB = 'https://chanjiao.example.cn';

function content(overrides: Partial<NotificationContent> = {}): NotificationContent {
  return {
    kind: 'interest.received',
    title: { 'zh-CN': '李工对您的需求表达了合作意向', en: 'Li Gong is interested in your demand' },
    body: {
      'zh-CN': '需求：光伏玻璃钢化工艺优化\n请在七天内答复。',
      en: 'Demand: tempering process\nPlease answer within seven days.',
    },
    link: { type: 'match', id: '7d0f0c6e-1111-4222-8333-944455556666' },
    data: {},
    sourceEventId: '42',
    occurredAt: '2026-11-30T08:00:00.000Z',
    ...overrides,
  };
}

describe('email templates', () => {
  it('renders zh-CN: subject is the title, the body, a link and the preferences hint', () => {
    const email = renderNotification(content(), 'zh-CN', { webUrl: WEB });
    expect(email.subject).toBe('李工对您的需求表达了合作意向');
    expect(email.text).toContain('需求：光伏玻璃钢化工艺优化\n请在七天内答复。');
    expect(email.text).toContain(`查看详情: ${WEB}/matches/7d0f0c6e-1111-4222-8333-944455556666`);
    expect(email.text).toContain('「收到合作意向」');
    expect(email.text).toContain(`调整通知偏好或退订: ${WEB}/settings/notifications`);
    expect(email.html).toContain('<html lang="zh-CN">');
    expect(email.html).toContain('请在七天内答复');
    expect(email.html).toContain(`href="${WEB}/settings/notifications"`);
  });

  it('renders en from the same content', () => {
    const email = renderNotification(content(), 'en', { webUrl: WEB });
    expect(email.subject).toBe('Li Gong is interested in your demand');
    expect(email.text).toContain('Please answer within seven days.');
    expect(email.text).toContain(`View details: ${WEB}/matches/`);
    expect(email.text).toContain('email notifications are on for interests received');
    expect(email.html).toContain('<html lang="en">');
    expect(email.text).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('falls back to zh-CN when the English text is missing', () => {
    const c = content({ title: { 'zh-CN': '只有中文', en: '' } });
    expect(renderNotification(c, 'en', { webUrl: WEB }).subject).toBe('只有中文');
  });

  it('escapes HTML in titles, bodies and links, and keeps the subject on one line', () => {
    const c = content({
      title: { 'zh-CN': '<script>alert("x")</script>\n&', en: 'x' },
      body: { 'zh-CN': `<img src=x onerror='1'>`, en: 'x' },
      link: { type: 'demand', id: '"><script>' },
    });
    const email = renderNotification(c, 'zh-CN', { webUrl: WEB });
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<img');
    expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(email.html).toContain('&lt;img src=x onerror=&#39;1&#39;&gt;');
    expect(email.html).toContain(`href="${WEB}/demands/%22%3E%3Cscript%3E"`);
    expect(email.subject).toBe('<script>alert("x")</script> &');
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('builds links under the public web URL, with or without a path or trailing slash', () => {
    expect(webUrl('http://localhost:3000/', '/settings/notifications')).toBe(
      'http://localhost:3000/settings/notifications',
    );
    expect(linkFor(content({ link: { type: 'demand', id: 'd1' } }), 'https://x.cn/console/')).toBe(
      'https://x.cn/console/demands/d1',
    );
    expect(linkFor(content({ link: { type: 'saved_search', id: 's1' } }), WEB)).toBe(
      `${WEB}/saved-searches/s1`,
    );
    expect(linkFor(content({ link: { type: 'organization', id: 'o1' } }), WEB)).toBe(
      `${WEB}/organizations/o1`,
    );
    expect(linkFor(content({ link: null }), WEB)).toBeNull();
    const email = renderNotification(content({ link: null }), 'en', { webUrl: WEB });
    expect(email.text).not.toContain('View details');
  });

  it('folds many notifications into one digest, in both languages', () => {
    const items = [
      content(),
      content({
        kind: 'match.connected',
        title: { 'zh-CN': '对接成功', en: 'Connected' },
        link: { type: 'match', id: 'm2' },
      }),
    ];
    const zh = renderDigest(items, 'zh-CN', '2026-11-30', { webUrl: WEB });
    expect(zh.subject).toBe('【产教融合服务平台】2026-11-30 通知摘要（2 条）');
    expect(zh.text).toContain('1. 李工对您的需求表达了合作意向');
    expect(zh.text).toContain('2. 对接成功');
    expect(zh.text).toContain(`${WEB}/matches/m2`);
    expect(zh.html.match(/<li /g)).toHaveLength(2);

    const en = renderDigest(items, 'en', '2026-11-30', { webUrl: WEB });
    expect(en.subject).toBe('Chanjiao daily digest for 2026-11-30: 2 notifications');
    expect(en.text).toContain('2. Connected');
    expect(en.text).toContain('you chose a daily digest');
  });

  it('lists at most DIGEST_MAX_ITEMS and points to the inbox for the rest', () => {
    const items = Array.from({ length: DIGEST_MAX_ITEMS + 3 }, (_, i) =>
      content({ title: { 'zh-CN': `通知${i}`, en: `N${i}` } }),
    );
    const email = renderDigest(items, 'en', '2026-11-30', { webUrl: WEB });
    expect(email.subject).toContain(`${DIGEST_MAX_ITEMS + 3} notifications`);
    expect(email.html.match(/<li /g)).toHaveLength(DIGEST_MAX_ITEMS);
    expect(email.text).toContain(`3 more on the platform: ${WEB}/notifications`);
  });
});
