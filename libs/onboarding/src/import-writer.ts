import { Injectable } from '@nestjs/common';
import { type ClassConstructor, plainToInstance } from 'class-transformer';
import type { EntityManager } from 'typeorm';
import { CreateExpertDto, ExpertsService } from '@app/experts';
import {
  CreateCollegeDto,
  CreateEnterpriseDto,
  OrganizationImporter,
  OrganizationKind,
} from '@app/organizations';
import type { AuthUser } from '@app/shared';
import type { ImportType } from './import-types';

type Rows = readonly Record<string, unknown>[];

export interface WriteOptions {
  admin: AuthUser;
  /** Existing city members are verified on import, reviewed by the importing admin. */
  verify: boolean;
}

/** Inserts a batch's valid rows inside the caller's transaction, with their outbox events. */
@Injectable()
export class ImportWriter {
  constructor(
    private readonly organizationImporter: OrganizationImporter,
    private readonly experts: ExpertsService,
  ) {}

  /** Writes the rows; returns the ids of the profiles made, in row order. */
  async write(
    m: EntityManager,
    type: ImportType,
    rows: Rows,
    options: WriteOptions,
  ): Promise<string[]> {
    switch (type) {
      case 'enterprises':
        return this.organizations(m, OrganizationKind.Enterprise, rows, options);
      case 'colleges':
        return this.organizations(m, OrganizationKind.College, rows, options);
      case 'experts': {
        const ids: string[] = [];
        for (const data of rows) {
          ids.push(
            (await this.experts.createUnclaimed(m, plainToInstance(CreateExpertDto, data))).id,
          );
        }
        return ids;
      }
    }
  }

  private async organizations(
    m: EntityManager,
    kind: OrganizationKind,
    rows: Rows,
    { admin, verify }: WriteOptions,
  ): Promise<string[]> {
    const dto: ClassConstructor<CreateEnterpriseDto | CreateCollegeDto> =
      kind === OrganizationKind.Enterprise ? CreateEnterpriseDto : CreateCollegeDto;
    const inputs = rows.map((data) => plainToInstance(dto, data));
    return this.organizationImporter.importMany(m, kind, inputs, { verify, reviewerId: admin.id });
  }
}
