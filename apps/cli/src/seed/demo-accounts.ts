import type { AuthService, OperatorGrantsService } from '@app/identity';
import { OrganizationRole } from '@app/organizations';
import { Role } from '@app/shared';
import type { CityData } from './data/city-data';
import { personName } from './data/names';
import { createRng } from './data/prng';

/** One password for every demo account; the demo is for trying the platform, not for production. */
export const DEMO_PASSWORD = 'Chanjiao@2026';
const EXPERT_ACCOUNTS = 30;

export const demoEmail = (key: string) => `${key.replace('-', '')}@demo.chanjiao.cn`;

export const DEMO_ACCOUNTS = [
  { email: demoEmail('admin'), label: '平台管理员 (admin)' },
  { email: demoEmail('op-01'), label: '区县运营: 海港区教育局 (district operator, 130302)' },
  { email: demoEmail('ent-001'), label: '已认证企业: 光伏玻璃 (verified enterprise)' },
  {
    email: demoEmail(teammateKey('ent-001')),
    label: '企业同事: 光伏玻璃的成员 (team member: reads and answers, cannot post)',
  },
  { email: demoEmail('ent-002'), label: '已认证企业: 食品烘焙 (verified enterprise)' },
  { email: demoEmail('ent-003'), label: '待审核企业 (pending: cannot publish)' },
  { email: demoEmail('col-01'), label: '院校: 建材职业技术学院 (college)' },
  { email: demoEmail('exp-001'), label: '专家 (expert)' },
];

interface SeedAccount {
  key: string;
  role: Role;
  displayName: string;
  /** District operators: the districts granted when the account is created. */
  districts?: string[];
}

/** The demo's district operator: the education bureau of Haigang, where most colleges are. */
export const DEMO_OPERATOR_DISTRICTS = ['130302'];

/** The seed key of the second member of an organisation's team (ADR 0018). */
export function teammateKey(orgKey: string): string {
  return `${orgKey}-team`;
}

export interface SeedTeammate extends SeedAccount {
  organizationKey: string;
  organizationRole: OrganizationRole;
}

/**
 * Every verified organisation has a colleague besides its owner, alternately a member and a
 * manager, with a zh-CN name (their own generator, so the city's other names do not move).
 */
export function teammatesOf(city: CityData): SeedTeammate[] {
  const rng = createRng('chanjiao-seed:teammates');
  const taken = new Set<string>();
  return [
    ...city.enterprises.map((o) => ({ ...o, role: Role.Enterprise })),
    ...city.colleges.map((o) => ({ ...o, role: Role.College })),
  ]
    .filter((o) => o.status === 'verified')
    .map((o, i) => ({
      key: teammateKey(o.key),
      role: o.role,
      displayName: personName(rng, taken),
      organizationKey: o.key,
      organizationRole: i % 2 === 0 ? OrganizationRole.Member : OrganizationRole.Manager,
    }));
}

function accountsOf(city: CityData): SeedAccount[] {
  return [
    { key: 'admin', role: Role.Admin, displayName: '示范市产教融合服务平台管理员' },
    {
      key: 'op-01',
      role: Role.Operator,
      displayName: '示范市海港区教育局',
      districts: DEMO_OPERATOR_DISTRICTS,
    },
    ...city.enterprises.map((e) => ({
      key: e.key,
      role: Role.Enterprise,
      displayName: `${e.name}联络员`,
    })),
    ...city.colleges.map((c) => ({
      key: c.key,
      role: Role.College,
      displayName: `${c.name}联络员`,
    })),
    ...city.experts
      .slice(0, EXPERT_ACCOUNTS)
      .map((e) => ({ key: e.key, role: Role.Expert, displayName: e.name })),
    ...teammatesOf(city),
  ];
}

/** Creates the demo accounts that are missing; returns seed key → user id for all of them. */
export async function seedUsers(
  auth: AuthService,
  city: CityData,
  grants?: Pick<OperatorGrantsService, 'change'>,
) {
  const ids = new Map<string, string>();
  let created = 0;
  for (const account of accountsOf(city)) {
    const email = demoEmail(account.key);
    let id = await auth.findUserIdByEmail(email);
    if (!id) {
      const user = await auth.createUser({
        email,
        password: DEMO_PASSWORD,
        displayName: account.displayName.slice(0, 50),
        role: account.role,
        locale: 'zh-CN',
      });
      id = user.id;
      created += 1;
      if (account.districts && grants) await grants.change(null, id, account.districts);
    }
    ids.set(account.key, id);
  }
  return { ids, created, existing: ids.size - created };
}
