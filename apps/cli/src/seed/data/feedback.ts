import {
  availabilityFit,
  collegeServiceFit,
  DEFAULT_MATCH_WEIGHTS,
  industryFit,
  majorFit,
  scoreOf,
  serviceFit,
} from '@app/matching';
import { industryPrefixes, majorDivisions } from '@app/reference';
import { createRng, type Rng } from './prng';
import type { CityData, SeedCollege, SeedDemand, SeedExpert } from './types';

/**
 * SYNTHETIC feedback for the demo city, so that `npm run matching:fit` has something to learn
 * from: ranked lists "shown" in the past (match impressions) and what followed (connections).
 * Nobody used the demo; these rows are drawn from a hidden preference written down here
 * (HIDDEN_PREFERENCE), so that the fit can be seen to find it again. Deterministic (a seeded
 * PRNG, ids from keys): the same city always gives deep-equal feedback.
 *
 * Feature values are plausible rather than the matcher's own (the seed runs without
 * Meilisearch): industry, service, district, availability, track record and major follow the
 * matcher's rules on the seeded profiles; text is the share of the demand's skills and tags the
 * candidate names, plus noise. Lists are ordered by LIST_ORDER_WEIGHTS, as the hand-tuned
 * weights of the time would have ordered them.
 */

export type FeatureVector = Record<string, number>;

export interface SeedImpression {
  subjectKind: 'demand' | 'expert' | 'college';
  subjectKey: string;
  candidateKind: 'expert' | 'college' | 'demand';
  candidateKey: string;
  demandKey: string;
  expertKey: string | null;
  collegeKey: string | null;
  position: number;
  score: number;
  features: FeatureVector;
  shownCount: number;
  top5Count: number;
  firstShownDaysAgo: number;
  lastShownDaysAgo: number;
  firstTop5DaysAgo: number | null;
  /** Seed key of the account that saw it (an enterprise, expert or college). */
  viewerKey: string;
}

export type SeedConnectionStatus = 'pending' | 'connected' | 'declined';

export interface SeedConnection {
  key: string;
  demandKey: string;
  enterpriseKey: string;
  expertKey: string | null;
  collegeKey: string | null;
  initiatedBy: 'candidate' | 'enterprise';
  status: SeedConnectionStatus;
  declineReason: 'not_a_fit' | 'capacity_full' | 'timing' | 'budget' | null;
  message: string;
  /** Seed key of the account that made the first move / answered. */
  createdByKey: string;
  respondedByKey: string | null;
  createdDaysAgo: number;
  respondedDaysAgo: number | null;
}

export interface SeedFeedback {
  impressions: SeedImpression[];
  connections: SeedConnection[];
}

/**
 * The hidden preference the synthetic outcomes are drawn from, in the form of the match score
 * itself: the log-odds that the list's reader acts on a shown candidate are
 * intercept + slope × (Σ wᵢ·xᵢ / Σ wᵢ) × (floor + (1 − floor)·availability) + noise,
 * noise Gaussian with standard deviation NOISE. Text matters most, service and availability
 * next, industry and district little. A fit should find weights near these (not exactly: see
 * the top-5 rule in fit-weights.ts and the noise), and keep capacity, which nothing here shows.
 */
export const HIDDEN_PREFERENCE: {
  weights: Readonly<Record<string, number>>;
  availabilityFloor: number;
  intercept: number;
  slope: number;
} = {
  weights: {
    text: 0.55,
    service: 0.2,
    industry: 0.07,
    district: 0.03,
    trackRecord: 0.03,
    major: 0.12,
  },
  availabilityFloor: 0.3,
  intercept: -6.5,
  slope: 10,
};
export const NOISE = 0.5;

/** Accounts exist for every enterprise and college and for the first 30 experts (demo-accounts.ts). */
const EXPERT_ACCOUNTS = 30;
const EXPERT_LISTS = 130;
const COLLEGE_LISTS = 60;
const EXPERT_LIST_LENGTH = 10;
const COLLEGE_LIST_LENGTH = 5;
const RECOMMENDATION_LENGTH = 10;

const clamp01 = (v: number) => Math.max(0, Math.min(1, v));
const round3 = (v: number) => Math.round(v * 1000) / 1000;
const division = (code: string) => code.slice(0, 2);

function gaussian(rng: Rng): number {
  // Box–Muller; 1 − next() keeps the logarithm finite.
  return Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
}

/** Share of the demand's skills and tags the candidate names, plus a same-industry bonus and noise. */
function textFit(rng: Rng, demand: SeedDemand, words: readonly string[], related: boolean): number {
  const wanted = [...new Set([...demand.skills, ...demand.tags])];
  const text = words.join(' ');
  const shared = wanted.filter((w) => text.includes(w)).length / Math.max(1, wanted.length);
  return round3(clamp01(0.05 + 0.5 * shared + (related ? 0.2 : 0) + 0.35 * rng.next()));
}

function utility(rng: Rng, f: FeatureVector): number {
  const h = HIDDEN_PREFERENCE;
  let sum = 0;
  let total = 0;
  for (const [feature, w] of Object.entries(h.weights)) {
    if (f[feature] === undefined) continue;
    sum += w * f[feature];
    total += w;
  }
  const availability = h.availabilityFloor + (1 - h.availabilityFloor) * (f.availability ?? 1);
  return h.intercept + h.slope * (sum / total) * availability + NOISE * gaussian(rng);
}

interface Shown {
  candidateKey: string;
  features: FeatureVector;
}

interface ListContext {
  subjectKind: SeedImpression['subjectKind'];
  subjectKey: string;
  candidateKind: SeedImpression['candidateKind'];
  viewerKey: string;
  pair: (candidateKey: string) => { demand: SeedDemand; expertKey?: string; collegeKey?: string };
}

const INVITATION = '您好，我们认为您的专业方向与本需求很契合，诚邀进一步沟通合作。';
const INTEREST = '我们在相关方向有实践经验和团队，希望参与该需求，期待与贵单位沟通。';

export function buildFeedback(city: CityData): SeedFeedback {
  const rng = createRng('chanjiao:feedback');
  const enterprises = new Map(city.enterprises.map((e) => [e.key, e]));
  const demands = city.demands.filter(
    (d) => d.status !== 'draft' && enterprises.get(d.enterpriseKey)?.status === 'verified',
  );
  const open = demands.filter((d) => d.status === 'open');
  const experts = city.experts.filter((e) => e.isPublic);
  const colleges = city.colleges.filter((c) => c.status === 'verified');
  const withAccount = new Set(city.experts.slice(0, EXPERT_ACCOUNTS).map((e) => e.key));
  const offers = new Map<string, number>();
  for (const o of city.offers) {
    const key = 'collegeKey' in o.provider ? o.provider.collegeKey : o.provider.expertKey;
    offers.set(key, (offers.get(key) ?? 0) + 1);
  }
  const collegeDivisions = new Map(
    colleges.map((c) => [c.key, majorDivisions(c.majors.map((m) => m.code))]),
  );
  const demandByKey = new Map(demands.map((d) => [d.key, d]));
  // A demand is shown from its publication (at most 90 days back) until it closed (about
  // half-way back, see seeder.ts); days ago, at least 1.
  const shownWindow = (d: SeedDemand) => {
    const newest = d.status === 'closed' ? Math.max(1, Math.floor(d.publishedDaysAgo / 2)) : 1;
    return { oldest: Math.max(newest, Math.min(90, d.publishedDaysAgo)), newest };
  };

  const expertFeatures = (d: SeedDemand, e: SeedExpert): FeatureVector => ({
    text: textFit(
      rng,
      d,
      [...e.skills, ...e.fields, e.title],
      e.industryCodes.some((c) => division(c) === division(d.industryCode)),
    ),
    industry: industryFit(d.industryCode, e.industryCodes.flatMap(industryPrefixes)),
    service: serviceFit(d.kind, e.services),
    district: e.district === d.district ? 1 : 0,
    trackRecord: round3(Math.min(1, (offers.get(e.key) ?? 0) / 3)),
    availability: availabilityFit(e.availability),
  });
  const collegeFeatures = (d: SeedDemand, c: SeedCollege): FeatureVector => {
    const divisions = collegeDivisions.get(c.key) ?? [];
    const related = divisions.includes(division(d.industryCode));
    const major = typeof d.details.majorCode === 'string' ? d.details.majorCode : undefined;
    return {
      text: textFit(rng, d, [...c.majors.map((m) => m.name), ...c.tags], related),
      industry: related ? 0.6 : 0,
      service: collegeServiceFit(d.kind, {
        trainingCapacity: c.trainingCapacity,
        researchCount: c.researchResults.length,
        majorCount: c.majors.length,
      }),
      district: c.district === d.district ? 1 : 0,
      trackRecord: round3(Math.min(1, (offers.get(c.key) ?? 0) / 3)),
      ...(major
        ? {
            major: majorFit(
              major,
              c.majors.map((m) => m.code),
            ),
          }
        : {}),
    };
  };

  /** Mostly candidates of the same industry division, as the matcher's pool would hold. */
  const related = <T>(pool: readonly T[], near: (t: T) => boolean, n: number): T[] => {
    const close = rng.sample(pool.filter(near), Math.ceil(n * 0.7));
    const others = rng.sample(
      pool.filter((t) => !close.includes(t)),
      n - close.length,
    );
    return [...close, ...others];
  };

  const impressions: SeedImpression[] = [];
  const connections: SeedConnection[] = [];
  const decided = new Set<string>();

  const show = (ctx: ListContext, shown: Shown[]) => {
    const ordered = shown
      // Ordered as the matcher's hand-set weights order them, before any fit.
      .map((s) => ({ ...s, score: scoreOf(s.features, DEFAULT_MATCH_WEIGHTS) }))
      .sort((a, b) => b.score - a.score || a.candidateKey.localeCompare(b.candidateKey));
    ordered.forEach((s, index) => {
      const position = index + 1;
      const pair = ctx.pair(s.candidateKey);
      const { oldest, newest } = shownWindow(pair.demand);
      const shownCount = rng.int(1, 4);
      const firstShownDaysAgo = rng.int(newest, oldest);
      const lastShownDaysAgo =
        shownCount === 1 ? firstShownDaysAgo : rng.int(newest, firstShownDaysAgo);
      const top5 = position <= 5;
      impressions.push({
        subjectKind: ctx.subjectKind,
        subjectKey: ctx.subjectKey,
        candidateKind: ctx.candidateKind,
        candidateKey: s.candidateKey,
        demandKey: pair.demand.key,
        expertKey: pair.expertKey ?? null,
        collegeKey: pair.collegeKey ?? null,
        position,
        score: s.score,
        features: s.features,
        shownCount,
        top5Count: top5 ? shownCount : 0,
        firstShownDaysAgo,
        lastShownDaysAgo,
        firstTop5DaysAgo: top5 ? firstShownDaysAgo : null,
        viewerKey: ctx.viewerKey,
      });
      const candidateKey = pair.expertKey ?? pair.collegeKey!;
      const pairKey = `${pair.demand.key}:${candidateKey}`;
      // One outcome per pair, whichever list showed it first.
      if (decided.has(pairKey)) return;
      decided.add(pairKey);
      const outcome = drawOutcome(rng, utility(rng, s.features), top5);
      if (outcome === 'nothing') return;
      const demandReader = ctx.subjectKind === 'demand';
      const candidateCanAct = pair.collegeKey !== undefined || withAccount.has(candidateKey);
      const created = Math.max(newest, firstShownDaysAgo - rng.int(0, 5));
      const responded = created > 1 ? rng.int(Math.max(1, created - 4), created - 1) : null;
      const base = {
        key: `conn:${pairKey}`,
        demandKey: pair.demand.key,
        enterpriseKey: pair.demand.enterpriseKey,
        expertKey: pair.expertKey ?? null,
        collegeKey: pair.collegeKey ?? null,
        createdDaysAgo: created,
      };
      // The reader makes the move: an enterprise invites from its matches, a candidate shows
      // interest in a recommended demand (candidates without an account are only invited).
      const invite = demandReader || !candidateCanAct;
      const first = invite
        ? {
            initiatedBy: 'enterprise' as const,
            message: INVITATION,
            createdByKey: pair.demand.enterpriseKey,
          }
        : { initiatedBy: 'candidate' as const, message: INTEREST, createdByKey: candidateKey };
      const answererKey = invite
        ? candidateCanAct
          ? candidateKey
          : null
        : pair.demand.enterpriseKey;
      // An answer needs someone to give it and a day after the first move; else still pending.
      const answered = (status: SeedConnectionStatus, reason: SeedConnection['declineReason']) => {
        const done = status !== 'pending' && answererKey !== null && responded !== null;
        connections.push({
          ...base,
          ...first,
          status: done ? status : 'pending',
          declineReason: done ? reason : null,
          respondedByKey: done ? answererKey : null,
          respondedDaysAgo: done ? responded : null,
        });
      };
      if (outcome === 'positive') answered(rng.chance(0.7) ? 'connected' : 'pending', null);
      else if (outcome === 'not_a_fit') {
        // Declined as not a fit: the candidate's interest by the enterprise, or the reverse.
        if (invite && !candidateCanAct) return;
        answered('declined', 'not_a_fit');
      } else answered('declined', rng.pick(['capacity_full', 'timing', 'budget'] as const));
    });
  };

  // Enterprises looking at the experts matched to their demands.
  for (const d of rng.sample(demands, EXPERT_LISTS)) {
    const shown = related(
      experts,
      (e) => e.industryCodes.some((c) => division(c) === division(d.industryCode)),
      EXPERT_LIST_LENGTH,
    );
    show(
      {
        subjectKind: 'demand',
        subjectKey: d.key,
        candidateKind: 'expert',
        viewerKey: d.enterpriseKey,
        pair: (key) => ({ demand: d, expertKey: key }),
      },
      shown.map((e) => ({ candidateKey: e.key, features: expertFeatures(d, e) })),
    );
  }
  // …and at the colleges matched to them.
  for (const d of rng.sample(demands, COLLEGE_LISTS)) {
    const shown = related(
      colleges,
      (c) => (collegeDivisions.get(c.key) ?? []).includes(division(d.industryCode)),
      COLLEGE_LIST_LENGTH,
    );
    show(
      {
        subjectKind: 'demand',
        subjectKey: d.key,
        candidateKind: 'college',
        viewerKey: d.enterpriseKey,
        pair: (key) => ({ demand: d, collegeKey: key }),
      },
      shown.map((c) => ({ candidateKey: c.key, features: collegeFeatures(d, c) })),
    );
  }
  // Experts with an account and colleges looking at the open demands recommended to them. The
  // reader's own availability and record are not in question there: neutral values.
  const neutral = { availability: 1, trackRecord: 0.5 };
  for (const e of city.experts.slice(0, EXPERT_ACCOUNTS)) {
    const shown = related(
      open,
      (d) => e.industryCodes.some((c) => division(c) === division(d.industryCode)),
      RECOMMENDATION_LENGTH,
    );
    show(
      {
        subjectKind: 'expert',
        subjectKey: e.key,
        candidateKind: 'demand',
        viewerKey: e.key,
        pair: (key) => ({ demand: demandByKey.get(key)!, expertKey: e.key }),
      },
      shown.map((d) => {
        const { text, industry, service, district } = expertFeatures(d, e);
        return { candidateKey: d.key, features: { text, industry, service, district, ...neutral } };
      }),
    );
  }
  for (const c of colleges) {
    const divisions = collegeDivisions.get(c.key) ?? [];
    const shown = related(
      open,
      (d) => divisions.includes(division(d.industryCode)),
      RECOMMENDATION_LENGTH,
    );
    show(
      {
        subjectKind: 'college',
        subjectKey: c.key,
        candidateKind: 'demand',
        viewerKey: c.key,
        pair: (key) => ({ demand: demandByKey.get(key)!, collegeKey: c.key }),
      },
      shown.map((d) => {
        const { text, industry, district } = collegeFeatures(d, c);
        const service = d.kind === 'training' ? (c.trainingCapacity > 0 ? 1 : 0.3) : 1;
        return { candidateKey: d.key, features: { text, industry, service, district, ...neutral } };
      }),
    );
  }
  return { impressions, connections };
}

type Outcome = 'positive' | 'not_a_fit' | 'other_decline' | 'nothing';

/**
 * What the reader did: act on the candidate with probability σ(utility) (a little less often
 * below the top 5, which fewer people scroll to); otherwise mostly nothing, sometimes a decline
 * as not a fit (the likelier the worse the fit), sometimes a decline for a reason that says
 * nothing about the fit.
 */
function drawOutcome(rng: Rng, u: number, top5: boolean): Outcome {
  const p = 1 / (1 + Math.exp(-u));
  if (rng.next() < p * (top5 ? 1 : 0.7)) return 'positive';
  const roll = rng.next();
  if (roll < 0.15 * (1 - p)) return 'not_a_fit';
  if (roll < 0.15 * (1 - p) + 0.05) return 'other_decline';
  return 'nothing';
}
