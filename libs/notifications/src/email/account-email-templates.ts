import type { AccountLinkDetails, MintedAccountLink } from '@app/identity';
import type { Locale } from '../notification-kinds';
import type { AccountNoticeContent } from './account-emails';
import {
  escapeHtml,
  page,
  type RenderedEmail,
  TEXT,
  type TemplateOptions,
  webUrl,
} from './email-templates';

type Words = (d: AccountLinkDetails) => { subject: string; intro: string; action: string };

const ROLE_LABELS: Record<string, Record<Locale, string>> = {
  owner: { 'zh-CN': '负责人', en: 'owner' },
  manager: { 'zh-CN': '管理员', en: 'manager' },
  member: { 'zh-CN': '成员', en: 'member' },
};

const roleLabel = (role: string | undefined, locale: Locale) =>
  (role && ROLE_LABELS[role]?.[locale]) ?? role ?? '';

/** Per purpose of the link (ADR 0017): subject, what it is about, the button. */
const LINK_WORDS: Record<string, Record<Locale, Words>> = {
  verify_email: {
    'zh-CN': (d) => ({
      subject: '【产教融合服务平台】请确认您的邮箱',
      intro: `${d.displayName ?? ''}，欢迎注册产教融合服务平台。请点击下面的链接确认邮箱，确认后即可登录：`,
      action: '确认邮箱并登录',
    }),
    en: (d) => ({
      subject: 'Chanjiao: confirm your e-mail address',
      intro: `${d.displayName ?? ''}, welcome to Chanjiao. Confirm your address to log in:`,
      action: 'Confirm and log in',
    }),
  },
  change_email: {
    'zh-CN': (d) => ({
      subject: '【产教融合服务平台】确认新的邮箱地址',
      intro: `${d.displayName ?? ''}，您申请把账号邮箱改为这个地址。请点击下面的链接确认，确认后其他设备上的登录将退出：`,
      action: '确认新邮箱',
    }),
    en: (d) => ({
      subject: 'Chanjiao: confirm your new e-mail address',
      intro: `${d.displayName ?? ''}, you asked to move your account to this address. Confirm it here (other devices will be signed out):`,
      action: 'Confirm the new address',
    }),
  },
  claim_profile: {
    'zh-CN': (d) => ({
      subject: d.invitedBy
        ? `【产教融合服务平台】${d.invitedBy}邀请您合作：${d.about ?? ''}`
        : `【产教融合服务平台】认领「${d.profileName ?? ''}」的资料`,
      intro: d.invitedBy
        ? `${d.invitedBy}在产教融合服务平台上邀请「${d.profileName ?? ''}」参与「${d.about ?? ''}」。平台已收录您的资料，请点击下面的链接设置密码、认领资料，之后就能查看并回复这份邀请：`
        : `产教融合服务平台已收录「${d.profileName ?? ''}」的资料，企业和院校可能正在邀请您合作。请点击下面的链接设置密码、认领资料，之后就能查看和回复邀请：`,
      action: d.invitedBy ? '认领资料并查看邀请' : '认领资料',
    }),
    en: (d) => ({
      subject: d.invitedBy
        ? `Chanjiao: ${d.invitedBy} invites you to ${d.about ?? ''}`
        : `Chanjiao: claim the profile of ${d.profileName ?? ''}`,
      intro: d.invitedBy
        ? `${d.invitedBy} invites ${d.profileName ?? ''} to ${d.about ?? ''} on Chanjiao, which lists your profile. Set a password and claim it to see and answer the invitation:`
        : `Chanjiao lists the profile of ${d.profileName ?? ''}, and enterprises and colleges may be inviting you. Set a password and claim it to see and answer them:`,
      action: d.invitedBy ? 'Claim the profile and see the invitation' : 'Claim the profile',
    }),
  },
  team_invitation: {
    'zh-CN': (d) => ({
      subject: `【产教融合服务平台】${d.inviterName ?? ''}邀请您加入「${d.organizationName ?? ''}」`,
      intro: `${d.inviterName ?? ''}邀请您以「${roleLabel(d.role, 'zh-CN')}」身份加入「${d.organizationName ?? ''}」在产教融合服务平台上的团队：`,
      action: '接受邀请',
    }),
    en: (d) => ({
      subject: `Chanjiao: ${d.inviterName ?? ''} invites you to ${d.organizationName ?? ''}`,
      intro: `${d.inviterName ?? ''} invites you to join the team of ${d.organizationName ?? ''} on Chanjiao as ${roleLabel(d.role, 'en')}:`,
      action: 'Accept the invitation',
    }),
  },
};

const EXPIRY = {
  'zh-CN': (hours: number) =>
    hours > 48
      ? `链接 ${Math.round(hours / 24)} 天内有效，且只能使用一次。`
      : `链接 ${hours} 小时内有效，且只能使用一次。`,
  en: (hours: number) =>
    hours > 48
      ? `The link works once, within ${Math.round(hours / 24)} days.`
      : `The link works once, within ${hours} hours.`,
};

const IGNORE = {
  'zh-CN': '如果您不知道这是怎么回事，请忽略这封邮件。',
  en: 'If you do not know what this is about, ignore this email.',
};

const ACCOUNT_EMAIL = {
  'zh-CN': '这是一封账号邮件，无论通知偏好如何都会发送。',
  en: 'This is an account email, sent whatever your notification preferences.',
};

/** An email with a single-use link: what it does, the link, how long it works. */
export function renderAccountLink(
  locale: Locale,
  minted: MintedAccountLink,
  now = Date.now(),
): RenderedEmail {
  const words = LINK_WORDS[minted.purpose]?.[locale];
  if (!words) throw new Error(`No template for links of purpose ${minted.purpose}`);
  const { subject, intro, action } = words(minted.details);
  const hours = Math.max(1, Math.round((minted.expiresAt.getTime() - now) / 3_600_000));
  const expiry = EXPIRY[locale](hours);
  return compose(locale, subject, [intro], minted.link, action, [expiry, IGNORE[locale]]);
}

/** Security notices: no link that does anything, only where to go. */
export function renderAccountNotice(
  locale: Locale,
  content: AccountNoticeContent,
  options: TemplateOptions,
): RenderedEmail {
  const d = content.details;
  const login = webUrl(options.webUrl, '/login');
  const reset = webUrl(options.webUrl, '/reset-password');
  const zh = locale === 'zh-CN';
  if (content.notice === 'already_registered') {
    return compose(
      locale,
      zh
        ? '【产教融合服务平台】有人尝试用您的邮箱注册'
        : 'Chanjiao: someone tried to sign up with your address',
      [
        zh
          ? `${d.displayName ?? ''}，有人（可能是您自己）尝试用这个邮箱注册产教融合服务平台，而这个邮箱已经有账号了，所以没有创建新账号。`
          : `${d.displayName ?? ''}, someone (perhaps you) tried to sign up with this address, which already has an account, so no new account was made.`,
        zh ? `忘记密码可在此重置：${reset}` : `Forgot your password? Reset it here: ${reset}`,
      ],
      login,
      zh ? '登录' : 'Log in',
      [IGNORE[locale]],
    );
  }
  return compose(
    locale,
    zh ? '【产教融合服务平台】您的账号邮箱已更改' : 'Chanjiao: your account e-mail address changed',
    [
      zh
        ? `${d.displayName ?? ''}，您的账号邮箱已改为 ${d.newEmail ?? ''}，其他设备上的登录已退出。`
        : `${d.displayName ?? ''}, your account now uses ${d.newEmail ?? ''}; other devices were signed out.`,
      zh
        ? '如果这不是您本人的操作，请立即联系平台运营方。'
        : 'If you did not do this, contact the platform operators at once.',
    ],
    login,
    zh ? '登录' : 'Log in',
    [],
  );
}

function compose(
  locale: Locale,
  subject: string,
  intro: string[],
  link: string,
  action: string,
  after: string[],
): RenderedEmail {
  const brand = TEXT[locale].brand;
  const text = [...intro, '', link, '', ...after, '', '--', brand, ACCOUNT_EMAIL[locale], ''].join(
    '\n',
  );
  const html = page(
    locale,
    subject,
    [
      ...intro.map((p) => `<p>${escapeHtml(p)}</p>`),
      `<p><a href="${escapeHtml(link)}">${escapeHtml(action)}</a></p>`,
      `<p style="font-size:12px;word-break:break-all">${escapeHtml(link)}</p>`,
      ...after.map((p) => `<p>${escapeHtml(p)}</p>`),
    ].join('\n'),
    `${escapeHtml(brand)}<br>${escapeHtml(ACCOUNT_EMAIL[locale])}`,
  );
  return { subject, text, html };
}
