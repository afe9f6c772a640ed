import type { AuthService, OperatorGrantsService } from '@app/identity';
import { Role } from '@app/shared';
import type { CityData } from './data/city-data';

/** One password for every demo account; the demo is for trying the platform, not for production. */
export const DEMO_PASSWORD = 'Chanjiao@2026';
const EXPERT_ACCOUNTS = 30;

export const demoEmail = (key: string) => `${key.replace('-', '')}@demo.chanjiao.cn`;

export const DEMO_ACCOUNTS = [
  { email: demoEmail('admin'), label: '平台管理员 (admin)' },
  { email: demoEmail('op-01'), label: '区县运营: 海港区教育局 (district operator, 130302)' },
  { email: demoEmail('ent-001'), label: '已认证企业: 光伏玻璃 (verified enterprise)' },
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
