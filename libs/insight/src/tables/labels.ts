import type { Label } from './stats-table';

/** Demand and project kinds as the dashboard names them. */
export const KIND_LABELS: Record<string, Label> = {
  talent: { 'zh-CN': '人才需求', en: 'Talent' },
  rnd: { 'zh-CN': '技术攻关', en: 'R&D' },
  training: { 'zh-CN': '培训需求', en: 'Training' },
  teacher_practice: { 'zh-CN': '教师实践岗位', en: 'Teacher practice posts' },
  part_time_teacher: { 'zh-CN': '兼职教师', en: 'Part-time teachers' },
  enterprise_mentor: { 'zh-CN': '企业导师', en: 'Enterprise mentors' },
  internship_base: { 'zh-CN': '实习基地', en: 'Internship bases' },
  co_building: { 'zh-CN': '共建合作', en: 'Co-building' },
  order_class: { 'zh-CN': '订单班', en: 'Order classes' },
  industry_college: { 'zh-CN': '产业学院', en: 'Industry colleges' },
  rnd_project: { 'zh-CN': '技术攻关项目', en: 'R&D projects' },
  part_time_teaching: { 'zh-CN': '企业兼职教师', en: 'Part-time teaching' },
  competition: { 'zh-CN': '技能大赛', en: 'Skills competitions' },
  incubation: { 'zh-CN': '创业孵化', en: 'Start-up incubation' },
};

/** Project kinds: as KIND_LABELS, but teacher_practice projects are practice done, not posts. */
export const PROJECT_KIND_LABELS: Record<string, Label> = {
  ...KIND_LABELS,
  teacher_practice: { 'zh-CN': '教师企业实践', en: 'Teacher practice' },
};

export const ORGANIZATION_KIND_LABELS: Record<string, Label> = {
  enterprise: { 'zh-CN': '企业', en: 'Enterprises' },
  college: { 'zh-CN': '院校', en: 'Colleges' },
};
