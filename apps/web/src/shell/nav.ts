import type { Role } from '../auth';

/** One entry of the side menu: its path, its label in both languages and who sees it. */
export interface NavItem {
  path: string;
  label: { 'zh-CN': string; en: string };
  roles: readonly Role[];
}

const ORGS = ['enterprise', 'college'] as const;
const PARTIES = ['enterprise', 'college', 'expert'] as const;
const CITY = ['admin', 'operator'] as const;

/**
 * The console's menu by role. Pages load lazily (App.tsx); only this list is in the first
 * bundle, so a role never downloads another role's screens.
 */
export const NAV: readonly NavItem[] = [
  { path: '/demands', label: { 'zh-CN': '我的需求', en: 'My demands' }, roles: ORGS },
  {
    path: '/recommendations',
    label: { 'zh-CN': '为我推荐', en: 'Recommended' },
    roles: PARTIES,
  },
  { path: '/search', label: { 'zh-CN': '找合作伙伴', en: 'Find partners' }, roles: PARTIES },
  {
    path: '/offers',
    label: { 'zh-CN': '我的资源', en: 'My offers' },
    roles: ['college', 'expert'],
  },
  { path: '/matches', label: { 'zh-CN': '对接', en: 'Connections' }, roles: PARTIES },
  { path: '/conversations', label: { 'zh-CN': '消息', en: 'Messages' }, roles: PARTIES },
  { path: '/projects', label: { 'zh-CN': '合作项目', en: 'Projects' }, roles: PARTIES },
  { path: '/teachers', label: { 'zh-CN': '教师实践', en: 'Teacher practice' }, roles: ['college'] },
  { path: '/majors', label: { 'zh-CN': '专业供需', en: 'Majors and demand' }, roles: ['college'] },
  {
    path: '/practice-logs',
    label: { 'zh-CN': '教师实践确认', en: 'Practice to confirm' },
    roles: ['enterprise'],
  },
  { path: '/team', label: { 'zh-CN': '团队', en: 'Team' }, roles: ORGS },
  { path: '/profile', label: { 'zh-CN': '资料', en: 'Profile' }, roles: PARTIES },
  { path: '/dashboard', label: { 'zh-CN': '管理看板', en: 'Dashboard' }, roles: CITY },
  {
    path: '/admin/verifications',
    label: { 'zh-CN': '机构审核', en: 'Verifications' },
    roles: CITY,
  },
  { path: '/admin/imports', label: { 'zh-CN': '批量导入', en: 'Bulk import' }, roles: ['admin'] },
  { path: '/admin/reports', label: { 'zh-CN': '年度报告', en: 'Yearly report' }, roles: ['admin'] },
  { path: '/admin/audit', label: { 'zh-CN': '操作日志', en: 'Audit log' }, roles: CITY },
  {
    path: '/notifications',
    label: { 'zh-CN': '通知', en: 'Notifications' },
    roles: [...PARTIES, ...CITY],
  },
  { path: '/settings', label: { 'zh-CN': '设置', en: 'Settings' }, roles: [...PARTIES, ...CITY] },
];

export const navFor = (role: Role | undefined): NavItem[] =>
  role ? NAV.filter((item) => item.roles.includes(role)) : [];

/** Where a role lands after logging in. */
export const homeOf = (role: Role): string =>
  role === 'admin' || role === 'operator'
    ? '/dashboard'
    : role === 'expert'
      ? '/recommendations'
      : '/demands';
