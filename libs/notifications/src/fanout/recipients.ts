import { Injectable } from '@nestjs/common';
import { ExpertDirectory, type ExpertRecord } from '@app/experts';
import { OrganizationDirectory } from '@app/organizations';

/** Who stands behind an organisation or an expert profile, and what they are called. */
@Injectable()
export class Recipients {
  constructor(
    private readonly organizations: OrganizationDirectory,
    private readonly expertDirectory: ExpertDirectory,
  ) {}

  async membersOf(organizationIds: readonly string[]): Promise<string[]> {
    const members = await this.organizations.membersOf(organizationIds);
    return members.map((m) => m.userId);
  }

  async organizationNames(ids: readonly string[]): Promise<Map<string, string>> {
    const found = await this.organizations.byIds(ids);
    return new Map([...found].map(([id, org]) => [id, org.name]));
  }

  async experts(
    ids: readonly string[],
  ): Promise<Map<string, Pick<ExpertRecord, 'name' | 'userId'>>> {
    const found = await this.expertDirectory.byIds(ids);
    return new Map([...found].map(([id, e]) => [id, { name: e.name, userId: e.userId }]));
  }
}
