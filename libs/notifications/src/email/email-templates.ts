import type { Locale, NotificationContent, NotificationKind } from '../notification-kinds';

/** Paths of the web console that emails link to. */
export const WEB_PATHS = {
  demand: '/demands',
  match: '/matches',
  offer_interest: '/offer-interests',
  organization: '/organizations',
  saved_search: '/saved-searches',
  conversation: '/conversations',
  project: '/projects',
  practice_log: '/practice-logs',
  inbox: '/notifications',
  preferences: '/settings/notifications',
} as const;

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** How many notifications a digest lists before it says "and N more". */
export const DIGEST_MAX_ITEMS = 50;

const KIND_LABELS: Record<NotificationKind, Record<Locale, string>> = {
  'demand.matched': { 'zh-CN': '需求匹配', en: 'demand matches' },
  'interest.received': { 'zh-CN': '收到合作意向', en: 'interests received' },
  'invitation.received': { 'zh-CN': '收到合作邀请', en: 'invitations received' },
  'match.connected': { 'zh-CN': '对接成功', en: 'connected matches' },
  'match.declined': { 'zh-CN': '对接被婉拒', en: 'declined matches' },
  'match.withdrawn': { 'zh-CN': '对接被撤回', en: 'withdrawn matches' },
  'organization.verified': { 'zh-CN': '机构认证通过', en: 'organisation verified' },
  'organization.rejected': { 'zh-CN': '机构认证未通过', en: 'organisation rejected' },
  'saved_search.alert': { 'zh-CN': '订阅搜索提醒', en: 'saved-search alerts' },
  'demand.deadline_approaching': { 'zh-CN': '需求即将截止', en: 'demand deadlines' },
  'conversation.message_received': { 'zh-CN': '对接消息', en: 'conversation messages' },
  'milestone.overdue': { 'zh-CN': '合作项目里程碑逾期', en: 'overdue project milestones' },
  'partnership.stalled': { 'zh-CN': '校企合作停滞提醒', en: 'stalled partnerships' },
  'confirmation.requested': { 'zh-CN': '待确认的合作数据', en: 'figures to confirm' },
};

export const TEXT = {
  'zh-CN': {
    brand: '产教融合服务平台',
    view: '查看详情',
    because: (kind: string) => `您收到这封邮件，是因为您开启了「${kind}」的邮件通知。`,
    manage: '调整通知偏好或退订',
    digestSubject: (date: string, n: number) => `【产教融合服务平台】${date} 通知摘要（${n} 条）`,
    digestIntro: (n: number) => `您有 ${n} 条新通知：`,
    digestMore: (n: number) => `另有 ${n} 条通知，请到平台查看`,
    digestBecause: '您收到这封邮件，是因为您选择了每日摘要。',
  },
  en: {
    brand: 'Chanjiao industry–education platform',
    view: 'View details',
    because: (kind: string) =>
      `You receive this email because email notifications are on for ${kind}.`,
    manage: 'Change your notification preferences or unsubscribe',
    digestSubject: (date: string, n: number) =>
      `Chanjiao daily digest for ${date}: ${n} notification${n === 1 ? '' : 's'}`,
    digestIntro: (n: number) => `You have ${n} new notification${n === 1 ? '' : 's'}:`,
    digestMore: (n: number) => `${n} more on the platform`,
    digestBecause: 'You receive this email because you chose a daily digest.',
  },
} as const;

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** `base` (PUBLIC_WEB_URL, possibly with a path) joined with an absolute console path. */
export function webUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Where a notification points in the console, or null when it points nowhere. */
export function linkFor(content: NotificationContent, base: string): string | null {
  if (!content.link) return null;
  const prefix = WEB_PATHS[content.link.type];
  if (!prefix) return null;
  return webUrl(base, `${prefix}/${encodeURIComponent(content.link.id)}`);
}

function textIn(text: { 'zh-CN': string; en: string } | undefined, locale: Locale): string {
  return text?.[locale] || text?.['zh-CN'] || text?.en || '';
}

/** One line of plain text to one subject line: no line breaks, at most 200 characters. */
function subjectLine(value: string): string {
  const line = value.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

export function page(locale: Locale, subject: string, body: string, footer: string): string {
  return [
    '<!doctype html>',
    `<html lang="${locale}">`,
    '<head><meta charset="utf-8">',
    `<title>${escapeHtml(subject)}</title></head>`,
    "<body style=\"font-family:-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;line-height:1.6;color:#1f2329;max-width:640px\">",
    body,
    '<hr style="border:none;border-top:1px solid #ddd">',
    `<p style="font-size:12px;color:#667">${footer}</p>`,
    '</body></html>',
  ].join('\n');
}

export interface TemplateOptions {
  /** PUBLIC_WEB_URL */
  webUrl: string;
}

/** One notification as one email: subject = title, body, a link, and how to opt out. */
export function renderNotification(
  content: NotificationContent,
  locale: Locale,
  options: TemplateOptions,
): RenderedEmail {
  const t = TEXT[locale];
  const title = textIn(content.title, locale);
  const body = textIn(content.body, locale);
  const link = linkFor(content, options.webUrl);
  const preferences = webUrl(options.webUrl, WEB_PATHS.preferences);
  const kind = KIND_LABELS[content.kind]?.[locale] ?? content.kind;
  const subject = subjectLine(title) || t.brand;

  const text = [
    title,
    '',
    body,
    ...(link ? ['', `${t.view}: ${link}`] : []),
    '',
    '--',
    t.brand,
    t.because(kind),
    `${t.manage}: ${preferences}`,
    '',
  ].join('\n');

  const html = page(
    locale,
    subject,
    [
      `<h2 style="font-size:18px">${escapeHtml(title)}</h2>`,
      paragraphs(body),
      ...(link ? [`<p><a href="${escapeHtml(link)}">${escapeHtml(t.view)}</a></p>`] : []),
    ].join('\n'),
    `${escapeHtml(t.brand)}<br>${escapeHtml(t.because(kind))} ` +
      `<a href="${escapeHtml(preferences)}">${escapeHtml(t.manage)}</a>`,
  );
  return { subject, text, html };
}

/** Many notifications as one email, oldest first; long digests end with a link to the inbox. */
export function renderDigest(
  items: readonly NotificationContent[],
  locale: Locale,
  date: string,
  options: TemplateOptions,
): RenderedEmail {
  const t = TEXT[locale];
  const shown = items.slice(0, DIGEST_MAX_ITEMS);
  const rest = items.length - shown.length;
  const preferences = webUrl(options.webUrl, WEB_PATHS.preferences);
  const inbox = webUrl(options.webUrl, WEB_PATHS.inbox);
  const subject = t.digestSubject(date, items.length);

  const entries = shown.map((content) => ({
    title: textIn(content.title, locale),
    body: textIn(content.body, locale),
    link: linkFor(content, options.webUrl),
  }));

  const text = [
    t.digestIntro(items.length),
    '',
    ...entries.flatMap((e, i) => [
      `${i + 1}. ${e.title}`,
      ...(e.body ? [`   ${e.body.replace(/\n/g, '\n   ')}`] : []),
      ...(e.link ? [`   ${e.link}`] : []),
      '',
    ]),
    ...(rest > 0 ? [`${t.digestMore(rest)}: ${inbox}`, ''] : []),
    '--',
    t.brand,
    t.digestBecause,
    `${t.manage}: ${preferences}`,
    '',
  ].join('\n');

  const list = entries
    .map(
      (e) =>
        `<li style="margin-bottom:12px"><strong>${
          e.link
            ? `<a href="${escapeHtml(e.link)}">${escapeHtml(e.title)}</a>`
            : escapeHtml(e.title)
        }</strong>${e.body ? `<br>${escapeHtml(e.body).replace(/\n/g, '<br>')}` : ''}</li>`,
    )
    .join('\n');
  const html = page(
    locale,
    subject,
    [
      `<p>${escapeHtml(t.digestIntro(items.length))}</p>`,
      `<ol>\n${list}\n</ol>`,
      ...(rest > 0
        ? [`<p><a href="${escapeHtml(inbox)}">${escapeHtml(t.digestMore(rest))}</a></p>`]
        : []),
    ].join('\n'),
    `${escapeHtml(t.brand)}<br>${escapeHtml(t.digestBecause)} ` +
      `<a href="${escapeHtml(preferences)}">${escapeHtml(t.manage)}</a>`,
  );
  return { subject, text, html };
}

const RESET_TEXT = {
  'zh-CN': {
    subject: '【产教融合服务平台】重置密码',
    intro: '我们收到了重置您账号密码的请求。请点击下面的链接设置新密码：',
    action: '设置新密码',
    expires: (minutes: number) =>
      `链接 ${minutes} 分钟内有效，且只能使用一次。设置新密码后，您在所有设备上的登录都将退出。`,
    ignore: '如果这不是您本人的操作，请忽略这封邮件，您的密码不会改变。',
    because: '这是一封账号安全邮件，无论通知偏好如何都会发送。',
  },
  en: {
    subject: 'Chanjiao: reset your password',
    intro: 'We received a request to reset the password of your account. Set a new one here:',
    action: 'Set a new password',
    expires: (minutes: number) =>
      `The link works once, within ${minutes} minutes. Setting a new password signs you out on every device.`,
    ignore: 'If you did not ask for this, ignore this email: your password stays as it is.',
    because: 'This is an account security email, sent whatever your notification preferences.',
  },
} as const;

/** The password-reset email (ADR 0013): the single-use link and how long it works. */
export function renderPasswordReset(
  locale: Locale,
  link: string,
  ttlMinutes: number,
): RenderedEmail {
  const t = TEXT[locale];
  const r = RESET_TEXT[locale];
  const text = [
    r.intro,
    '',
    link,
    '',
    r.expires(ttlMinutes),
    '',
    r.ignore,
    '',
    '--',
    t.brand,
    r.because,
    '',
  ].join('\n');
  const html = page(
    locale,
    r.subject,
    [
      `<p>${escapeHtml(r.intro)}</p>`,
      `<p><a href="${escapeHtml(link)}">${escapeHtml(r.action)}</a></p>`,
      `<p style="font-size:12px;word-break:break-all">${escapeHtml(link)}</p>`,
      `<p>${escapeHtml(r.expires(ttlMinutes))}</p>`,
      `<p>${escapeHtml(r.ignore)}</p>`,
    ].join('\n'),
    `${escapeHtml(t.brand)}<br>${escapeHtml(r.because)}`,
  );
  return { subject: r.subject, text, html };
}
