import data from './districts.json';

export const DISTRICT_KINDS = ['district', 'county', 'functional_zone'] as const;
export type DistrictKind = (typeof DISTRICT_KINDS)[number];

/**
 * A county-level area of the platform's city. Functional zones (development zones, new areas) are
 * not administrative divisions, so their codes are platform codes, not GB/T 2260 codes.
 */
export interface District {
  code: string;
  name: string;
  nameEn: string;
  kind: DistrictKind;
}

interface DistrictData {
  cityName: string;
  cityCode: string;
  districts: District[];
}

const catalog = data as DistrictData;
const districts: readonly District[] = Object.freeze(
  catalog.districts.map((d) => Object.freeze(d)),
);
const byCode = new Map(districts.map((d) => [d.code, d]));

/** The prefecture-level city the districts belong to; the one place its name is configured. */
export const referenceCity: Readonly<{ cityName: string; cityCode: string }> = Object.freeze({
  cityName: catalog.cityName,
  cityCode: catalog.cityCode,
});

export function findDistrict(code: string): District | undefined {
  return byCode.get(code.trim().toUpperCase());
}

export function isKnownDistrictCode(code: string): boolean {
  return findDistrict(code) !== undefined;
}

export function listDistricts(): District[] {
  return [...districts];
}
