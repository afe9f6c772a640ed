import { ProjectKind } from '@app/reference';
import type { Label, StatsColumn } from '../tables/stats-table';
import { BY_PROJECT } from './cooperation-sql';
import type { FigureTableSpec } from './figure-table';

/** How the filters apply to outcome figures (the end of every figure table's note). */
const SCOPE_NOTE: Label = {
  'zh-CN':
    '期间：年度成果按年份计入（该年与期间有交集），其他成果与项目按项目起止日期与期间有交集计入；区县：任一合作机构位于该区县；院校：该院校为合作方。“已确认”为另一合作方已确认的数字，比率仅按已确认数字计算。',
  en: 'Period: outcomes of a year count when the year overlaps it; other outcomes and projects when the project’s dates do. District: a partner organisation is in it. College: it is a partner. “Confirmed”: figures the other partner confirmed; rates use confirmed figures only.',
};

const note = (zh: string, en: string): Label => ({
  'zh-CN': `${zh}${SCOPE_NOTE['zh-CN']}`,
  en: `${en} ${SCOPE_NOTE.en}`,
});

const PROJECT_COLUMN: StatsColumn = { key: 'project', label: { 'zh-CN': '项目', en: 'Project' } };
const PROJECTS_COLUMN: StatsColumn = {
  key: 'projects',
  label: { 'zh-CN': '项目数', en: 'Projects' },
  unit: '个',
};

export const ORDER_CLASSES: FigureTableSpec = {
  key: 'orderClasses',
  kind: ProjectKind.OrderClass,
  title: { 'zh-CN': '订单班培养成效', en: 'Order classes' },
  note: note(
    '留任率 = 一年后仍留任 / 企业录用（仅计填报了留任的届次）；骨干岗位率同理。',
    'Retention and key-post rates: over the hires of the cohorts that report them.',
  ),
  group: BY_PROJECT,
  groupColumn: PROJECT_COLUMN,
  countColumn: PROJECTS_COLUMN,
  figures: [
    { key: 'enrolled', figure: 'enrolled', label: { 'zh-CN': '招生', en: 'Enrolled' }, unit: '人' },
    {
      key: 'graduated',
      figure: 'graduated',
      label: { 'zh-CN': '毕业', en: 'Graduated' },
      unit: '人',
    },
    {
      key: 'hired',
      figure: 'hiredByEnterprise',
      label: { 'zh-CN': '企业录用', en: 'Hired by the enterprise' },
      unit: '人',
    },
    {
      key: 'retained',
      figure: 'retainedAfterOneYear',
      label: { 'zh-CN': '一年后留任', en: 'Retained after a year' },
      unit: '人',
    },
    {
      key: 'inKeyPosts',
      figure: 'inKeyPosts',
      label: { 'zh-CN': '骨干岗位', en: 'In key posts' },
      unit: '人',
    },
  ],
  rates: [
    {
      key: 'hireRate',
      part: 'hired',
      whole: 'graduated',
      label: { 'zh-CN': '录用率', en: 'Hire rate' },
    },
    {
      key: 'retentionRate',
      part: 'retained',
      whole: 'hired',
      label: { 'zh-CN': '留任率', en: 'Retention rate' },
    },
    {
      key: 'keyPostRate',
      part: 'inKeyPosts',
      whole: 'hired',
      label: { 'zh-CN': '骨干岗位率', en: 'Key-post rate' },
    },
  ],
};

export const INDUSTRY_COLLEGES: FigureTableSpec = {
  key: 'industryColleges',
  kind: ProjectKind.IndustryCollege,
  title: { 'zh-CN': '产业学院就业成效', en: 'Industry colleges' },
  note: note(
    '就业率 = 就业 / 毕业；链上就业占比 = 合作企业链上就业 / 就业。',
    'Employment rate: employed / graduates; chain share: employed in the partner chain / employed.',
  ),
  group: BY_PROJECT,
  groupColumn: PROJECT_COLUMN,
  countColumn: PROJECTS_COLUMN,
  figures: [
    {
      key: 'graduates',
      figure: 'graduates',
      label: { 'zh-CN': '毕业生', en: 'Graduates' },
      unit: '人',
    },
    { key: 'employed', figure: 'employed', label: { 'zh-CN': '就业', en: 'Employed' }, unit: '人' },
    {
      key: 'employedInChain',
      figure: 'employedInChain',
      label: { 'zh-CN': '链上就业', en: 'Employed in the partner chain' },
      unit: '人',
    },
  ],
  rates: [
    {
      key: 'employmentRate',
      part: 'employed',
      whole: 'graduates',
      label: { 'zh-CN': '就业率', en: 'Employment rate' },
    },
    {
      key: 'chainShare',
      part: 'employedInChain',
      whole: 'employed',
      label: { 'zh-CN': '链上就业占比', en: 'Chain share' },
    },
  ],
};

export const RND: FigureTableSpec = {
  key: 'rnd',
  kind: ProjectKind.RndProject,
  title: { 'zh-CN': '技术攻关项目', en: 'R&D projects' },
  note: note(
    '预算与团队教师人数取自项目登记信息（无需确认）。',
    'Budgets and team teachers are as the project is registered (not confirmed).',
  ),
  group: BY_PROJECT,
  groupColumn: PROJECT_COLUMN,
  countColumn: PROJECTS_COLUMN,
  projectSums: [
    {
      key: 'teachers',
      column: 'team_teachers',
      label: { 'zh-CN': '团队教师', en: 'Teachers in the team' },
      unit: '人',
    },
    {
      key: 'budget',
      column: 'budget',
      label: { 'zh-CN': '投入预算', en: 'Budget committed' },
      unit: '元',
    },
  ],
  figures: [
    {
      key: 'costSaving',
      figure: 'costSaving',
      label: { 'zh-CN': '节约成本', en: 'Cost saving' },
      unit: '元',
    },
    {
      key: 'revenue',
      figure: 'revenue',
      label: { 'zh-CN': '新增收入', en: 'Revenue' },
      unit: '元',
    },
  ],
};

export const COMPETITIONS: FigureTableSpec = {
  key: 'competitions',
  kind: ProjectKind.Competition,
  title: { 'zh-CN': '技能大赛（按级别）', en: 'Skills competitions by level' },
  note: note(
    '参赛与获奖人数取自大赛的成果填报。',
    'Participants and awards are those of the competitions’ reported outcomes.',
  ),
  group: { key: 'p.competition_level', label: 'p.competition_level' },
  groupColumn: { key: 'level', label: { 'zh-CN': '级别', en: 'Level' } },
  countColumn: { key: 'competitions', label: { 'zh-CN': '大赛', en: 'Competitions' }, unit: '项' },
  fixedGroups: [
    { key: 'school', name: '校级' },
    { key: 'city', name: '市级' },
    { key: 'province', name: '省级' },
    { key: 'national', name: '国家级' },
  ],
  figures: [
    {
      key: 'participants',
      figure: 'participants',
      label: { 'zh-CN': '参赛', en: 'Participants' },
      unit: '人',
    },
    { key: 'awards', figure: 'awards', label: { 'zh-CN': '获奖', en: 'Awards' }, unit: '人' },
  ],
};

export const INCUBATION: FigureTableSpec = {
  key: 'incubation',
  kind: ProjectKind.Incubation,
  title: { 'zh-CN': '创业孵化（按孵化基地）', en: 'Start-up incubation by base' },
  note: note(
    '每个创业孵化项目为一个入驻实体；带动就业、贷款、补贴取自成果填报（元）。',
    'Each incubation project is one entity; jobs, loans and subsidies (yuan) are reported outcomes.',
  ),
  group: { key: 'p.incubation_base', label: 'p.incubation_base' },
  groupColumn: { key: 'base', label: { 'zh-CN': '孵化基地', en: 'Incubation base' } },
  countColumn: { key: 'entities', label: { 'zh-CN': '入驻实体', en: 'Entities' }, unit: '家' },
  figures: [
    {
      key: 'jobsCreated',
      figure: 'jobsCreated',
      label: { 'zh-CN': '带动就业', en: 'Jobs created' },
      unit: '人',
    },
    { key: 'loans', figure: 'loans', label: { 'zh-CN': '创业贷款', en: 'Loans' }, unit: '元' },
    {
      key: 'subsidies',
      figure: 'subsidies',
      label: { 'zh-CN': '补贴', en: 'Subsidies' },
      unit: '元',
    },
  ],
};

export const FIGURE_TABLES = [ORDER_CLASSES, INDUSTRY_COLLEGES, RND] as const;
