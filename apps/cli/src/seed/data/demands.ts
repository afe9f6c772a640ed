import { addDays } from './dates';
import { DEMAND_WRITERS, type DemandContext } from './demand-content';
import { shortEnterpriseName } from './enterprises';
import { profileOfCode } from './profiles';
import { createRng, pad, shuffledQuota, type Rng } from './prng';
import type {
  CloseReasonValue,
  DemandKindValue,
  DemandStatusValue,
  SeedDemand,
  SeedEnterprise,
} from './types';

export const DEMAND_COUNT = 320;

const KIND_QUOTA: [DemandKindValue, number][] = [
  ['talent', 128],
  ['rnd', 96],
  ['training', 48],
  ['teacher_practice', 48],
];
const STATUS_QUOTA: [DemandStatusValue, number][] = [
  ['open', 250],
  ['closed', 40],
  ['draft', 30],
];
const CLOSE_QUOTA: [CloseReasonValue, number][] = [
  ['filled', 20],
  ['expired', 12],
  ['withdrawn', 8],
];
const EXTRA_WEIGHT = { micro: 1, small: 2, medium: 3, large: 5 } as const;

interface Slot {
  enterprise: SeedEnterprise;
  kind: DemandKindValue;
  status: DemandStatusValue;
  closeReason?: CloseReasonValue;
  preset?: DemandContext['preset'];
}

/** The demo's own postings: ent-001 (glass), ent-002 (bakery) and ent-003 (pending). */
function fixedSlots(enterprises: SeedEnterprise[]): Slot[] {
  const [glass, bakery, pending] = enterprises;
  return [
    { enterprise: glass, kind: 'rnd', status: 'open' },
    { enterprise: glass, kind: 'talent', status: 'open', preset: { talentType: 'internship' } },
    { enterprise: glass, kind: 'teacher_practice', status: 'open', preset: { major: '430601' } },
    { enterprise: glass, kind: 'training', status: 'open' },
    { enterprise: glass, kind: 'rnd', status: 'closed', closeReason: 'filled' },
    {
      enterprise: bakery,
      kind: 'talent',
      status: 'open',
      preset: { talentType: 'order_class', major: '740203' },
    },
    { enterprise: bakery, kind: 'training', status: 'open' },
    { enterprise: bakery, kind: 'talent', status: 'draft', preset: { talentType: 'hiring' } },
    { enterprise: pending, kind: 'talent', status: 'draft', preset: { talentType: 'order_class' } },
  ];
}

/** Subtracts the fixed slots from a quota. */
function remaining<T>(quota: [T, number][], taken: T[]): [T, number][] {
  return quota.map(([value, count]) => [value, count - taken.filter((t) => t === value).length]);
}

function drawnSlots(rng: Rng, enterprises: SeedEnterprise[], fixed: Slot[]): Slot[] {
  const fixedOwners = new Set(fixed.map((s) => s.enterprise.key));
  const pending = enterprises.filter((e) => e.status === 'pending' && !fixedOwners.has(e.key));
  const verified = enterprises.filter((e) => e.status === 'verified' && !fixedOwners.has(e.key));
  const fixedVerified = fixed.filter((s) => s.enterprise.status === 'verified');
  const verifiedCount =
    STATUS_QUOTA.reduce((sum, [, n]) => sum + n, 0) - fixed.length - pending.length;

  const owners = [...verified];
  while (owners.length < verifiedCount) {
    owners.push(rng.weighted(verified, (e) => EXTRA_WEIGHT[e.size]));
  }
  const kinds = shuffledQuota(
    rng,
    remaining(
      KIND_QUOTA,
      fixed.map((s) => s.kind),
    ),
  );
  const statuses = shuffledQuota(
    rng,
    remaining(STATUS_QUOTA, [
      ...fixed.map((s) => s.status),
      ...pending.map(() => 'draft' as const),
    ]),
  );
  const reasons = shuffledQuota(
    rng,
    remaining(
      CLOSE_QUOTA,
      fixedVerified.flatMap((s) => (s.closeReason ? [s.closeReason] : [])),
    ),
  );
  const slots: Slot[] = pending.map((enterprise) => ({
    enterprise,
    kind: kinds.pop() ?? 'talent',
    status: 'draft',
  }));
  for (const enterprise of owners) {
    const status = statuses.pop() ?? 'open';
    const slot: Slot = { enterprise, kind: kinds.pop() ?? 'talent', status };
    if (status === 'closed') slot.closeReason = reasons.pop() ?? 'filled';
    slots.push(slot);
  }
  return rng.shuffle(slots);
}

interface Timing {
  publishedDaysAgo: number;
  deadline: string | null;
  /** The day the content is written relative to. */
  base: string;
}

function timing(rng: Rng, slot: Slot, today: string): Timing {
  if (slot.status === 'draft') {
    return {
      publishedDaysAgo: rng.int(0, 30),
      deadline: rng.chance(0.5) ? null : addDays(today, rng.int(20, 150)),
      base: today,
    };
  }
  if (slot.status === 'open') {
    return {
      publishedDaysAgo: Math.floor(181 * rng.next() ** 1.6),
      deadline: rng.chance(0.15) ? null : addDays(today, rng.int(10, 120)),
      base: today,
    };
  }
  if (slot.closeReason === 'expired') {
    const overdue = rng.int(1, 60);
    const publishedDaysAgo = Math.min(180, overdue + rng.int(14, 120));
    return {
      publishedDaysAgo,
      deadline: addDays(today, -overdue),
      base: addDays(today, -publishedDaysAgo),
    };
  }
  const publishedDaysAgo = rng.int(20, 180);
  const base = addDays(today, -publishedDaysAgo);
  const keepDeadline = rng.chance(slot.closeReason === 'filled' ? 0.5 : 0.4);
  return { publishedDaysAgo, deadline: keepDeadline ? addDays(base, rng.int(20, 90)) : null, base };
}

/** Applications should close a week before the work starts. */
function capDeadline(deadline: string | null, details: Record<string, unknown>): string | null {
  const start = details.periodStart ?? details.startDate;
  if (deadline === null || typeof start !== 'string') return deadline;
  const latest = addDays(start, -7);
  return deadline > latest ? latest : deadline;
}

function uniqueTitle(
  rng: Rng,
  candidates: string[],
  enterprise: SeedEnterprise,
  used: Set<string>,
) {
  const short = shortEnterpriseName(enterprise.name);
  const options = [
    ...rng.shuffle(candidates),
    ...candidates.map((t) => `${t}（${short}）`),
    ...candidates.map((t) => `${t}（${short}二期）`),
  ];
  const title = options.find((t) => !used.has(t)) ?? `${candidates[0]}（${used.size}）`;
  used.add(title);
  return title;
}

export function buildDemands(enterprises: SeedEnterprise[], today: string): SeedDemand[] {
  const rng = createRng('chanjiao:demands');
  const fixed = fixedSlots(enterprises);
  const slots = [...fixed, ...drawnSlots(rng, enterprises, fixed)];
  const titles = new Set<string>();

  return slots.map((slot, index) => {
    const { enterprise } = slot;
    const time = timing(rng, slot, today);
    const content = DEMAND_WRITERS[slot.kind]({
      rng,
      profile: profileOfCode(enterprise.industryCode),
      enterprise,
      base: time.base,
      preset: slot.preset,
    });
    const deadline =
      slot.status === 'closed' ? time.deadline : capDeadline(time.deadline, content.details);
    const demand: SeedDemand = {
      key: `dem-${pad(index + 1, 3)}`,
      enterpriseKey: enterprise.key,
      kind: slot.kind,
      title: uniqueTitle(rng, content.titles, enterprise, titles),
      description: content.description,
      industryCode: enterprise.industryCode,
      district: enterprise.district,
      tags: content.tags,
      skills: content.skills,
      deadline,
      details: content.details,
      status: slot.status,
      publishedDaysAgo: time.publishedDaysAgo,
    };
    if (slot.closeReason) demand.closeReason = slot.closeReason;
    return demand;
  });
}
