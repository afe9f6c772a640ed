import type { LocalizedText, NotificationKind } from '../notification-kinds';
import { NotificationKinds as K } from '../notification-kinds';

/** Names the messages mention; each is optional because not every kind needs every name. */
export interface MessageFacts {
  demandTitle?: string;
  /** What demandTitle names: a demand (the default) or an offer (interest in offers). */
  subject?: 'demand' | 'offer';
  /** The other party: an enterprise, a college or an expert. */
  partyName?: string;
  organizationName?: string;
  reason?: string | null;
  declineReason?: string | null;
  declineNote?: string | null;
  savedSearchName?: string;
  deadline?: string;
  score?: number;
  /** The start of a message's text. */
  excerpt?: string;
  attachmentCount?: number;
  projectTitle?: string;
  milestoneTitle?: string;
  dueDate?: string;
  enterpriseName?: string;
  collegeName?: string;
  daysSinceActivity?: number;
  overdueMilestones?: number;
  /** An outcome's period (a year, or `total`). */
  period?: string;
  teacherName?: string;
  days?: number;
  from?: string;
  to?: string;
}

const DECLINE_REASONS: Record<string, LocalizedText> = {
  not_a_fit: { 'zh-CN': '需求不匹配', en: 'not a fit' },
  capacity_full: { 'zh-CN': '能力或名额已满', en: 'capacity full' },
  budget: { 'zh-CN': '预算不符', en: 'budget' },
  timing: { 'zh-CN': '时间安排不合适', en: 'timing' },
  other: { 'zh-CN': '其他原因', en: 'other reasons' },
};

type Render = (f: MessageFacts) => { title: LocalizedText; body: LocalizedText };

const q = (s: string | undefined) => `“${s ?? ''}”`;
const noun = (f: MessageFacts) => (f.subject === 'offer' ? '成果与服务' : '需求');
const nounEn = (f: MessageFacts) => (f.subject === 'offer' ? 'offer' : 'demand');
const qe = (s: string | undefined) => `"${s ?? ''}"`;

const RENDER: Record<NotificationKind, Render> = {
  [K.DemandMatched]: (f) => ({
    title: {
      'zh-CN': `新需求与您匹配：${f.demandTitle}`,
      en: `A new demand fits you: ${f.demandTitle}`,
    },
    body: {
      'zh-CN': `${f.organizationName}发布了需求${q(f.demandTitle)}，与您的专长高度匹配，欢迎表达合作意向。`,
      en: `${f.organizationName} posted ${qe(f.demandTitle)}, which fits your expertise. Express your interest if you would like to work on it.`,
    },
  }),
  [K.InterestReceived]: (f) => ({
    title: {
      'zh-CN': `${f.partyName}对您的${noun(f)}感兴趣`,
      en: `${f.partyName} is interested in your ${nounEn(f)}`,
    },
    body: {
      'zh-CN': `${f.partyName}对${noun(f)}${q(f.demandTitle)}表达了合作意向，请及时回复（接受或婉拒）。`,
      en: `${f.partyName} expressed interest in ${qe(f.demandTitle)}. Please accept or decline it.`,
    },
  }),
  [K.InvitationReceived]: (f) => ({
    title: {
      'zh-CN': `${f.partyName}邀请您合作`,
      en: `${f.partyName} invites you to work together`,
    },
    body: {
      'zh-CN': `${f.partyName}邀请您参与需求${q(f.demandTitle)}，请及时回复（接受或婉拒）。`,
      en: `${f.partyName} invited you to ${qe(f.demandTitle)}. Please accept or decline it.`,
    },
  }),
  [K.MatchConnected]: (f) => ({
    title: { 'zh-CN': `已与${f.partyName}建立对接`, en: `Connected with ${f.partyName}` },
    body: {
      'zh-CN': `关于${noun(f)}${q(f.demandTitle)}，您与${f.partyName}已互相确认，现在可以查看对方的联系方式。`,
      en: `You and ${f.partyName} agreed on ${qe(f.demandTitle)}; you can now see each other's contact details.`,
    },
  }),
  [K.MatchDeclined]: (f) => {
    const reason = DECLINE_REASONS[f.declineReason ?? 'other'] ?? DECLINE_REASONS.other;
    const note = f.declineNote ? `（${f.declineNote}）` : '';
    const noteEn = f.declineNote ? ` (${f.declineNote})` : '';
    return {
      title: { 'zh-CN': `${f.partyName}婉拒了对接`, en: `${f.partyName} declined` },
      body: {
        'zh-CN': `关于${noun(f)}${q(f.demandTitle)}，${f.partyName}婉拒了对接，原因：${reason['zh-CN']}${note}。`,
        en: `${f.partyName} declined regarding ${qe(f.demandTitle)}. Reason: ${reason.en}${noteEn}.`,
      },
    };
  },
  [K.MatchWithdrawn]: (f) => ({
    title: { 'zh-CN': `${f.partyName}撤回了对接请求`, en: `${f.partyName} withdrew` },
    body: {
      'zh-CN': `${f.partyName}撤回了关于${noun(f)}${q(f.demandTitle)}的对接请求，无需再回复。`,
      en: `${f.partyName} withdrew their request about ${qe(f.demandTitle)}; no answer is needed.`,
    },
  }),
  [K.OrganizationVerified]: (f) => ({
    title: { 'zh-CN': `${f.organizationName}已通过认证`, en: `${f.organizationName} is verified` },
    body: {
      'zh-CN': `您的机构${q(f.organizationName)}已通过平台认证，现在可以发布需求并参与对接。`,
      en: `${qe(f.organizationName)} has been verified: you can now post demands and connect with partners.`,
    },
  }),
  [K.OrganizationRejected]: (f) => ({
    title: {
      'zh-CN': `${f.organizationName}未通过认证`,
      en: `${f.organizationName} was not verified`,
    },
    body: {
      'zh-CN': `您的机构${q(f.organizationName)}未通过认证，原因：${f.reason ?? '未说明'}。修改资料后可重新提交。`,
      en: `${qe(f.organizationName)} was not verified. Reason: ${f.reason ?? 'not given'}. Edit the profile to resubmit it.`,
    },
  }),
  [K.SavedSearchAlert]: (f) => ({
    title: {
      'zh-CN': `订阅${q(f.savedSearchName)}有新结果：${f.demandTitle}`,
      en: `New result for ${qe(f.savedSearchName)}: ${f.demandTitle}`,
    },
    body: {
      'zh-CN': `${f.organizationName}发布的需求${q(f.demandTitle)}符合您保存的搜索${q(f.savedSearchName)}。`,
      en: `${qe(f.demandTitle)} by ${f.organizationName} matches your saved search ${qe(f.savedSearchName)}.`,
    },
  }),
  [K.DeadlineApproaching]: (f) => ({
    title: {
      'zh-CN': `需求即将截止：${f.demandTitle}`,
      en: `Demand closes soon: ${f.demandTitle}`,
    },
    body: {
      'zh-CN': `您的需求${q(f.demandTitle)}将于${f.deadline}截止。如仍需对接，请及时处理意向或延长截止日期。`,
      en: `Your demand ${qe(f.demandTitle)} closes on ${f.deadline}. Answer pending interests or extend the deadline if you still need partners.`,
    },
  }),
  [K.MessageReceived]: (f) => {
    const files = f.attachmentCount ?? 0;
    const filesZh = files > 0 ? `（附件 ${files} 个）` : '';
    const filesEn = files > 0 ? ` (${files} attachment${files === 1 ? '' : 's'})` : '';
    return {
      title: {
        'zh-CN': `${f.partyName}给您发来新消息`,
        en: `New message from ${f.partyName}`,
      },
      body: {
        'zh-CN': `关于需求${q(f.demandTitle)}，${f.partyName}：${f.excerpt ?? ''}${filesZh}`,
        en: `${f.partyName} wrote about ${qe(f.demandTitle)}: ${f.excerpt ?? ''}${filesEn}`,
      },
    };
  },
  [K.MilestoneOverdue]: (f) => ({
    title: {
      'zh-CN': `合作项目里程碑已逾期：${f.milestoneTitle}`,
      en: `Project milestone overdue: ${f.milestoneTitle}`,
    },
    body: {
      'zh-CN': `合作项目${q(f.projectTitle)}的里程碑${q(f.milestoneTitle)}已于${f.dueDate}到期，尚未完成。请负责人尽快处理，或与合作方商定新的时间。`,
      en: `The milestone ${qe(f.milestoneTitle)} of ${qe(f.projectTitle)} was due on ${f.dueDate} and is not complete. Its owner should finish it or agree a new date with the partners.`,
    },
  }),
  [K.PartnershipStalled]: (f) => {
    const overdue = f.overdueMilestones ?? 0;
    return {
      title: {
        'zh-CN': `校企合作停滞：${f.enterpriseName} × ${f.collegeName}`,
        en: `Partnership stalled: ${f.enterpriseName} × ${f.collegeName}`,
      },
      body: {
        'zh-CN': `${q(f.enterpriseName)}与${q(f.collegeName)}的合作已${f.daysSinceActivity}天没有新进展${overdue > 0 ? `，有${overdue}个里程碑逾期` : ''}（健康度${f.score}分）。请双方尽快沟通，推进合作项目。`,
        en: `${qe(f.enterpriseName)} and ${qe(f.collegeName)} have recorded nothing for ${f.daysSinceActivity} days${overdue > 0 ? `, with ${overdue} overdue milestone(s)` : ''} (health ${f.score}/100). Both sides should talk and move their projects on.`,
      },
    };
  },
  [K.ConfirmationRequested]: (f) =>
    f.teacherName
      ? {
          title: {
            'zh-CN': `待确认：${f.teacherName}的企业实践${f.days}天`,
            en: `To confirm: ${f.days} practice days of ${f.teacherName}`,
          },
          body: {
            'zh-CN': `${f.collegeName ?? ''}登记了${f.teacherName}老师${f.from}至${f.to}在贵单位技术需求${q(f.demandTitle)}上的企业实践${f.days}天。经贵单位确认后，这些天数计入该教师的年度企业实践。`,
            en: `${f.collegeName ?? ''} logged ${f.days} days that ${f.teacherName} spent on your R&D demand ${qe(f.demandTitle)} from ${f.from} to ${f.to}. Once you confirm them, they count towards the teacher's practice this year.`,
          },
        }
      : {
          title: {
            'zh-CN': `待确认：${f.projectTitle}${periodZh(f.period)}成果数据`,
            en: `To confirm: ${periodEn(f.period)} figures of ${f.projectTitle}`,
          },
          body: {
            'zh-CN': `${f.partyName ?? '合作方'}填报了合作项目${q(f.projectTitle)}${periodZh(f.period)}的成果数据。请核对后确认；经双方确认的数据才计入统计。`,
            en: `${f.partyName ?? 'A partner'} reported the ${periodEn(f.period)} figures of ${qe(f.projectTitle)}. Please check and confirm them: only figures both sides confirmed count in the statistics.`,
          },
        },
};

const periodZh = (p: string | undefined) => (p && /^\d{4}$/.test(p) ? `${p}年度` : '累计');
const periodEn = (p: string | undefined) => (p && /^\d{4}$/.test(p) ? p : 'overall');

export function renderMessage(
  kind: NotificationKind,
  facts: MessageFacts,
): { title: LocalizedText; body: LocalizedText } {
  return RENDER[kind](facts);
}
