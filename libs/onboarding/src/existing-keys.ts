import { type EntityManager, In } from 'typeorm';
import { Expert } from '@app/experts';
import { Organization, OrganizationKind } from '@app/organizations';
import { expertKey } from './columns/expert-columns';
import { stringKey } from './columns/import-profile';
import type { ImportType } from './import-types';
import type { ExistingKeys } from './validation/duplicates';

type Rows = readonly Readonly<Record<string, unknown>>[];

const values = (rows: Rows, field: string): string[] => [
  ...new Set(rows.map((r) => stringKey(r[field])).filter((v) => v !== undefined)),
];

async function organizationKeys(
  m: EntityManager,
  kind: OrganizationKind,
  rows: Rows,
): Promise<Map<string, Set<string>>> {
  const names = values(rows, 'name');
  const codes = values(rows, 'creditCode');
  // One after the other: inside a transaction both queries share one connection anyway.
  const named =
    names.length === 0
      ? []
      : await m.find(Organization, { select: { name: true }, where: { kind, name: In(names) } });
  // Credit codes are unique across every organisation, whatever its kind.
  const coded =
    codes.length === 0
      ? []
      : await m.find(Organization, {
          select: { creditCode: true },
          where: { creditCode: In(codes) },
        });
  return new Map([
    ['name', new Set(named.map((o) => o.name))],
    ['creditCode', new Set(coded.map((o) => o.creditCode ?? ''))],
  ]);
}

async function expertKeys(m: EntityManager, rows: Rows): Promise<Map<string, Set<string>>> {
  const names = values(rows, 'name');
  const experts =
    names.length === 0
      ? []
      : await m.find(Expert, {
          select: { name: true, affiliation: true },
          where: { name: In(names) },
        });
  return new Map([['name', new Set(experts.map((e) => expertKey(e.name, e.affiliation)))]]);
}

/** The duplicate keys of `rows` that the database already holds, per DuplicateKey.field. */
export function findExistingKeys(
  m: EntityManager,
  type: ImportType,
  rows: Rows,
): Promise<ExistingKeys> {
  switch (type) {
    case 'enterprises':
      return organizationKeys(m, OrganizationKind.Enterprise, rows);
    case 'colleges':
      return organizationKeys(m, OrganizationKind.College, rows);
    case 'experts':
      return expertKeys(m, rows);
  }
}
