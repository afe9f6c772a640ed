import type { SeedConnection } from './feedback';

/** Which side writes a line of a demo conversation. */
export type Speaker = 'enterprise' | 'candidate';

/** Short, plausible exchanges after a match was connected (zh-CN, as the users would write). */
export const CONVERSATION_SCRIPTS: readonly (readonly [Speaker, string][])[] = [
  [
    ['enterprise', '您好，感谢接受对接！想约个时间详细沟通一下需求细节，您这周哪天方便？'],
    ['candidate', '周四下午可以。我先把之前做过的类似项目方案整理一份，见面时一起看。'],
    ['enterprise', '好的，周四下午两点在我们公司二楼会议室，到了给我打电话。'],
  ],
  [
    ['candidate', '您好，需求说明已经看过了，想确认一下预计的启动时间和参与人数。'],
    ['enterprise', '计划下个月中旬启动，初步安排二十人左右，具体还可以再商量。'],
    ['candidate', '明白，我们这边可以配合，下周给您发一份初步的实施计划。'],
    ['enterprise', '辛苦了，收到后我们内部讨论一下再回复您。'],
  ],
  [
    ['enterprise', '合作协议的初稿法务已经在看了，预算部分还需要再核对一下。'],
    ['candidate', '没问题，报价明细里哪里不清楚随时问我。'],
  ],
];

/** How many connected matches get a demo conversation. */
export const DEMO_CONVERSATIONS = 8;

/** The accounts the README names: their conversations come first, so a demo login finds one. */
const HEADLINE_KEYS = new Set(['ent-001', 'ent-002', 'col-01', 'exp-001']);

/**
 * Connected matches whose both sides have a demo account (every organisation and the first
 * experts have one), those of the README's demo logins first, in a stable order.
 */
export function conversationSubjects(
  connections: readonly SeedConnection[],
  hasAccount: (key: string) => boolean,
): SeedConnection[] {
  const headline = (c: SeedConnection) =>
    [c.enterpriseKey, c.expertKey, c.collegeKey].some((k) => k !== null && HEADLINE_KEYS.has(k));
  const eligible = connections.filter(
    (c) =>
      c.status === 'connected' &&
      c.respondedDaysAgo !== null &&
      hasAccount(c.enterpriseKey) &&
      hasAccount(c.expertKey ?? c.collegeKey ?? ''),
  );
  return [...eligible.filter(headline), ...eligible.filter((c) => !headline(c))].slice(
    0,
    DEMO_CONVERSATIONS,
  );
}
