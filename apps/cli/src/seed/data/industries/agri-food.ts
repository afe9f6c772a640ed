import { DISTRICT as D } from '../districts';
import type { IndustryProfile } from '../profile';

export const AGRI_FOOD: IndustryProfile = {
  id: 'agriFood',
  label: '农产品加工',
  enterpriseCount: 8,
  expertCount: 35,
  districts: [D.changli, D.changli, D.lulong, D.lulong, D.qinglong, D.funing, D.haigang],
  codes: [
    {
      code: '1361',
      roles: ['生产技术员', '冷库管理员', '品控员'],
      nameWords: ['水产', '海产品'],
      business: ['扇贝、海参等水产品的冷冻加工'],
    },
    {
      code: '1362',
      roles: ['生产技术员', '品控员'],
      nameWords: ['海洋食品'],
      business: ['鱼糜制品和即食海产品的加工'],
    },
    {
      code: '1373',
      nameWords: ['果业', '板栗食品'],
      business: ['板栗、核桃等干果的加工与销售', '苹果、葡萄等水果的分选与深加工'],
    },
    {
      code: '1515',
      roles: ['酿酒师助理', '化验员', '品控员'],
      nameWords: ['葡萄酒庄', '酒业'],
      business: ['酿酒葡萄种植与干红、干白葡萄酒的酿造'],
    },
    { code: '1371', nameWords: ['果蔬', '蔬菜食品'], business: ['脱水蔬菜和净菜的加工'] },
    { code: '0514', nameWords: ['农业开发', '农产品'], business: ['粮食、杂粮的产地初加工与收储'] },
  ],
  brands: ['葡乡', '金穗', '渤鲜', '栗香', '碣石', '丰禾', '山果', '绿野', '沃田'],
  tags: ['农产品加工', '食品加工', '葡萄酒', '水产品', '乡村振兴', '冷链'],
  skills: [
    '食品加工工艺',
    '食品检验',
    '冷链管理',
    '葡萄酒酿造',
    '品控管理',
    '杀菌工艺',
    '包装设计',
    '农产品电商',
  ],
  fields: ['农产品加工', '食品质量安全', '葡萄酒酿造', '水产品加工', '农业技术推广'],
  majors: ['490101', '490102', '410101', '410401', '530805'],
  roles: ['品控员', '生产技术员', '酿酒师助理', '化验员', '冷库管理员'],
  highlights: [
    '采用“公司+合作社+农户”模式，带动周边农户1000余户。',
    '产品通过绿色食品认证，并在电商平台销售。',
    '建有万吨级冷库和产品检测中心。',
  ],
  rnd: [
    {
      title: '即食海参低温加工工艺',
      detail: '需优化即食海参的蒸煮与杀菌工艺，兼顾口感和安全。',
      type: 'process_optimisation',
      codes: ['1361', '1362'],
    },
    {
      title: '干红葡萄酒酒石稳定性问题',
      detail: '部分批次出现酒石析出，需研究冷稳定处理工艺。',
      type: 'technical_problem',
      codes: ['1515'],
    },
    {
      title: '板栗仁褐变控制技术',
      detail: '即食板栗仁储存中褐变严重，需研究护色保鲜技术。',
      type: 'technical_problem',
      codes: ['1373'],
    },
    {
      title: '果蔬分选线智能化改造',
      detail: '人工分选效率低，需引入视觉分级设备并优化工艺布局。',
      type: 'process_optimisation',
      codes: ['1373', '1371', '0514'],
    },
  ],
  trainingTopics: ['食品安全与质量管理', '冷链物流操作规范', '农产品电商运营', '葡萄酒品鉴与酿造'],
  practiceTasks: ['参与食品生产线品控与检验', '跟岗学习葡萄酒酿造与品鉴'],
  results: [
    { title: '板栗仁护色保鲜技术', summary: '复合护色液配合气调包装，板栗仁货架期延长至9个月。' },
    { title: '扇贝柱低温加工工艺', summary: '优化冻结与解冻参数，汁液流失率降低约35%。' },
    {
      title: '酿酒葡萄园数字化管理方案',
      summary: '集成土壤、气象监测的葡萄园管理方案，已在产区示范应用。',
    },
  ],
  consulting: [
    '食品生产许可办理',
    '农产品品牌建设',
    '食品质量追溯',
    '葡萄酒酿造工艺',
    '水产品加工工艺',
  ],
  expertTitles: {
    college: ['副教授', '高级讲师', '讲师', '高级实习指导教师'],
    enterprise: ['高级工程师', '酿酒师', '高级农艺师', '工程师'],
    institute: ['推广研究员', '高级农艺师', '研究员'],
  },
  institutes: [
    { name: '示范市农业科学研究院', district: D.changli },
    { name: '昌黎县葡萄酒产业发展中心', district: D.changli },
    { name: '示范市水产技术推广站', district: D.haigang },
  ],
};
