import { buildColleges } from './colleges';
import { parseIsoDate } from './dates';
import { buildCollegeNeeds } from './college-needs';
import { buildDemands } from './demands';
import { buildEnterprises } from './enterprises';
import { buildExperts } from './experts';
import { buildOffers } from './offers';
import type { CityData } from './types';

export type {
  CityData,
  SeedCollege,
  SeedDemand,
  SeedEnterprise,
  SeedExpert,
  SeedOffer,
} from './types';

export const DEFAULT_TODAY = '2026-11-29';

/**
 * The demo city: 128 enterprises, 11 colleges, 600 experts, 320 demands, 44 college needs (four
 * per college) and their offers, all
 * fictional and in Chinese. Pure and deterministic: the same `today` always gives deep-equal data,
 * and dates (deadlines, periods) are relative to it.
 */
export function buildCity(options: { today?: string } = {}): CityData {
  const today = options.today ?? DEFAULT_TODAY;
  parseIsoDate(today);
  const enterprises = buildEnterprises(today);
  const colleges = buildColleges(today);
  const experts = buildExperts(colleges, enterprises);
  const demands = buildDemands(enterprises, today);
  const collegeNeeds = buildCollegeNeeds(colleges, today);
  const offers = buildOffers(colleges, experts);
  return { enterprises, colleges, experts, demands, collegeNeeds, offers };
}
