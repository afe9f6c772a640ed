import { Injectable } from '@nestjs/common';
import { type ClassConstructor, plainToInstance } from 'class-transformer';
import type { EntityManager } from 'typeorm';
import { CreateExpertDto, ExpertsService } from '@app/experts';
import {
  CreateCollegeDto,
  CreateEnterpriseDto,
  Organization,
  OrganizationEvents,
  organizationEvent,
  OrganizationKind,
  VerificationStatus,
} from '@app/organizations';
import { type AuthUser, type DomainEventInput, OutboxService } from '@app/shared';
import type { ImportType } from './import-types';

type Rows = readonly Record<string, unknown>[];

/** Rows per INSERT and per outbox write: well under PostgreSQL's 65,535 bind parameters. */
const CHUNK = 500;

export interface WriteOptions {
  admin: AuthUser;
  /** Existing city members are verified on import, reviewed by the importing admin. */
  verify: boolean;
}

/** Inserts a batch's valid rows inside the caller's transaction, with their outbox events. */
@Injectable()
export class ImportWriter {
  constructor(
    private readonly outbox: OutboxService,
    private readonly experts: ExpertsService,
  ) {}

  async write(m: EntityManager, type: ImportType, rows: Rows, options: WriteOptions) {
    switch (type) {
      case 'enterprises':
        return this.organizations(m, OrganizationKind.Enterprise, rows, options);
      case 'colleges':
        return this.organizations(m, OrganizationKind.College, rows, options);
      case 'experts':
        for (const data of rows) {
          await this.experts.createUnclaimed(m, plainToInstance(CreateExpertDto, data));
        }
        return rows.length;
    }
  }

  private async organizations(
    m: EntityManager,
    kind: OrganizationKind,
    rows: Rows,
    { admin, verify }: WriteOptions,
  ): Promise<number> {
    const dto: ClassConstructor<CreateEnterpriseDto | CreateCollegeDto> =
      kind === OrganizationKind.Enterprise ? CreateEnterpriseDto : CreateCollegeDto;
    const reviewedAt = new Date();
    const orgs = rows.map((data) =>
      m.create(Organization, {
        ...plainToInstance(dto, data),
        kind,
        status: verify ? VerificationStatus.Verified : VerificationStatus.Pending,
        reviewedAt: verify ? reviewedAt : null,
        reviewedBy: verify ? admin.id : null,
        // Registered (version 1) then verified (version 2), as if reviewed one by one.
        version: verify ? 2 : 1,
      }),
    );
    await m.save(orgs, { chunk: CHUNK });
    const events: DomainEventInput[] = orgs.flatMap((org) =>
      verify
        ? [
            organizationEvent(OrganizationEvents.Registered, { ...org, version: 1 }),
            organizationEvent(OrganizationEvents.Verified, org),
          ]
        : [organizationEvent(OrganizationEvents.Registered, org)],
    );
    for (let i = 0; i < events.length; i += CHUNK) {
      await this.outbox.record(m, ...events.slice(i, i + CHUNK));
    }
    return orgs.length;
  }
}
