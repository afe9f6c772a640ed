import { Injectable } from '@nestjs/common';
import { ExpertDirectory } from '@app/experts';
import { UserDirectory } from '@app/identity';
import { OrganizationDirectory } from '@app/organizations';
import { definedOnly } from '@app/shared';
import type { ContactPersonView } from '../connections/dto/connection.view';

/**
 * Contact details of the parties of an agreed match: an organisation's active accounts, oldest
 * membership first, and an expert's own contact fields. Callers check that the reader may see
 * them; nothing is read for a match that is not agreed.
 */
@Injectable()
export class ContactBook {
  constructor(
    private readonly directory: OrganizationDirectory,
    private readonly experts: ExpertDirectory,
    private readonly users: UserDirectory,
  ) {}

  async ofOrganizations(orgIds: readonly string[]): Promise<Map<string, ContactPersonView[]>> {
    const byOrg = new Map<string, ContactPersonView[]>();
    if (orgIds.length === 0) return byOrg;
    const members = await this.directory.membersOf([...new Set(orgIds)]);
    const users = await this.users.byIds(members.map((m) => m.userId));
    const active = members
      .map((m) => ({ member: m, user: users.get(m.userId) }))
      .filter((r) => r.user !== undefined && r.user.disabledAt === null)
      .sort(
        (a, b) =>
          a.member.joinedAt.getTime() - b.member.joinedAt.getTime() ||
          (a.user?.email ?? '').localeCompare(b.user?.email ?? ''),
      );
    for (const { member, user } of active) {
      const list = byOrg.get(member.organizationId) ?? [];
      list.push({ name: user?.displayName ?? '', email: user?.email ?? '' });
      byOrg.set(member.organizationId, list);
    }
    return byOrg;
  }

  async ofExperts(expertIds: readonly string[]): Promise<Map<string, ContactPersonView[]>> {
    const contacts = await this.experts.contactsOf([...new Set(expertIds)]);
    return new Map(
      [...contacts].map(([id, expert]) => {
        const { phone, email, wechat } = expert.contact;
        return [id, [{ name: expert.name, ...definedOnly({ phone, email, wechat }) }]];
      }),
    );
  }
}
