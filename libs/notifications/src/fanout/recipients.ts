import { Injectable } from '@nestjs/common';
import { ExpertDirectory, type ExpertRecord } from '@app/experts';
import { OrganizationDirectory } from '@app/organizations';

/** One party of a match or an interest: who is told, and the name the other side reads. */
export interface Party {
  userIds: string[];
  organizationIds: string[];
  name: string;
}

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

  /** An organisation as a party: its members, and its webhooks through its id. */
  async organizationParty(id: string): Promise<Party> {
    const [userIds, names] = await Promise.all([
      this.membersOf([id]),
      this.organizationNames([id]),
    ]);
    return { userIds, organizationIds: [id], name: names.get(id) ?? '' };
  }

  /** An expert as a party: its account, if claimed (an expert has no webhooks). */
  async expertParty(id: string): Promise<Party> {
    const expert = (await this.experts([id])).get(id);
    return {
      userIds: expert?.userId ? [expert.userId] : [],
      organizationIds: [],
      name: expert?.name ?? '',
    };
  }
}
