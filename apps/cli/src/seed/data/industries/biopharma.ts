import { DISTRICT as D } from '../districts';
import type { IndustryProfile } from '../profile';

export const BIOPHARMA: IndustryProfile = {
  id: 'biopharma',
  label: '生物医药',
  enterpriseCount: 7,
  expertCount: 35,
  districts: [D.devZone, D.devZone, D.devZone, D.newArea, D.changli],
  codes: [
    {
      code: '2761',
      nameWords: ['生物制药', '生物科技'],
      business: ['酶制剂、益生菌等生物制品的发酵生产', '诊断试剂原料与生物药品的研发生产'],
    },
    {
      code: '2762',
      nameWords: ['生物工程', '基因科技'],
      business: ['重组蛋白药物的研发与中试生产'],
    },
    { code: '2720', nameWords: ['制药', '药业'], business: ['片剂、胶囊剂等化学药品制剂的生产'] },
    {
      code: '2770',
      roles: ['生产操作工', '质量检验员', 'QA专员'],
      nameWords: ['医用材料', '卫生材料'],
      business: ['医用敷料和一次性卫生材料的生产'],
    },
  ],
  brands: ['康源', '瑞生', '维元', '博元', '润泽', '海元', '瑞和泰', '百康'],
  tags: ['生物医药', '生物制药', '发酵', 'GMP', '药品生产', '制药'],
  skills: [
    '微生物发酵',
    '细胞培养',
    '分离纯化',
    'GMP',
    '药品检验',
    'HPLC',
    '洁净区管理',
    '验证管理',
  ],
  fields: ['生物制药', '药品生产', '药品质量控制', '发酵工程'],
  majors: ['490201', '670101', '520301'],
  roles: ['发酵操作工', '质量检验员', 'QA专员', '制剂操作工', '微生物检验员'],
  highlights: [
    '生产车间通过药品GMP符合性检查。',
    '与生物制药工艺专业共建实训车间，开展“工学交替”培养。',
  ],
  rnd: [
    {
      title: '发酵过程补料策略优化',
      detail: '发酵单位偏低，需优化补料与溶氧控制策略，提高产率。',
      type: 'process_optimisation',
      codes: ['2761', '2762'],
    },
    {
      title: '重组蛋白纯化收率提升',
      detail: '层析纯化收率不足60%，需优化工艺路线与层析介质。',
      type: 'technical_problem',
      codes: ['2762', '2761'],
    },
    {
      title: '洁净区微生物监测数字化',
      detail: '需建设环境监测数据的采集与趋势分析系统。',
      type: 'technical_problem',
    },
    {
      title: '医用敷料灭菌工艺验证优化',
      detail: '环氧乙烷灭菌解析周期长，需优化灭菌参数并完成工艺验证。',
      type: 'process_optimisation',
      codes: ['2770'],
    },
    {
      title: '片剂溶出度批间差异控制',
      detail: '部分批次溶出度波动，需分析原辅料与压片工艺参数的影响。',
      type: 'technical_problem',
      codes: ['2720'],
    },
  ],
  trainingTopics: ['药品GMP实务', '无菌操作与洁净区行为规范', '药品检验技术', '发酵工艺操作'],
  practiceTasks: ['在发酵车间跟岗学习生物制药工艺', '参与药品质量检验与数据审核'],
  results: [
    { title: '益生菌高密度发酵工艺', summary: '优化培养基和补料策略，活菌数提高约1倍。' },
    {
      title: '生物制药工艺虚拟仿真实训系统',
      summary: '覆盖发酵、分离纯化和制剂全流程的虚拟仿真教学系统。',
    },
  ],
  consulting: ['药品GMP合规', '发酵工艺放大', '药品注册申报', '质量管理体系'],
  expertTitles: {
    college: ['教授', '副教授', '高级讲师', '讲师'],
    enterprise: ['高级工程师', '主管药师', '执业药师', '质量总监'],
    institute: ['研究员', '主任药师', '副研究员'],
  },
  institutes: [{ name: '示范市生物医药产业技术研究院', district: D.devZone }],
};
