import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ExpertDirectory } from '@app/experts';
import { OrganizationDirectory, OrganizationKind } from '@app/organizations';
import { expertKey } from './columns/expert-columns';
import { stringKey } from './columns/import-profile';
import type { ImportType } from './import-types';
import type { ExistingKeys } from './validation/duplicates';

type Rows = readonly Readonly<Record<string, unknown>>[];

const values = (rows: Rows, field: string): string[] => [
  ...new Set(rows.map((r) => stringKey(r[field])).filter((v) => v !== undefined)),
];

/** The duplicate keys of imported rows that the database already holds, per DuplicateKey.field. */
@Injectable()
export class ExistingKeysReader {
  constructor(
    private readonly organizations: OrganizationDirectory,
    private readonly experts: ExpertDirectory,
  ) {}

  /** `m`: the caller's transaction (the commit re-checks under its advisory lock). */
  find(m: EntityManager, type: ImportType, rows: Rows): Promise<ExistingKeys> {
    switch (type) {
      case 'enterprises':
        return this.organizationKeys(m, OrganizationKind.Enterprise, rows);
      case 'colleges':
        return this.organizationKeys(m, OrganizationKind.College, rows);
      case 'experts':
        return this.expertKeys(m, rows);
    }
  }

  private async organizationKeys(
    m: EntityManager,
    kind: OrganizationKind,
    rows: Rows,
  ): Promise<ExistingKeys> {
    // One after the other: inside a transaction both queries share one connection anyway.
    const names = await this.organizations.existingNames(kind, values(rows, 'name'), m);
    // Credit codes are unique across every organisation, whatever its kind.
    const codes = await this.organizations.existingCreditCodes(values(rows, 'creditCode'), m);
    return new Map([
      ['name', names],
      ['creditCode', codes],
    ]);
  }

  private async expertKeys(m: EntityManager, rows: Rows): Promise<ExistingKeys> {
    const experts = await this.experts.nameKeys(values(rows, 'name'), m);
    return new Map([['name', new Set(experts.map((e) => expertKey(e.name, e.affiliation)))]]);
  }
}
