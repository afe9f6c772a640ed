import { DISTRICT as D } from '../districts';
import type { IndustryProfile } from '../profile';

export const BAKERY: IndustryProfile = {
  id: 'bakery',
  label: '食品与烘焙',
  enterpriseCount: 12,
  expertCount: 40,
  districts: [D.haigang, D.haigang, D.haigang, D.beidaihe, D.devZone, D.changli, D.lulong],
  codes: [
    {
      code: '1411',
      nameWords: ['烘焙食品', '食品', '糕点', '面包工坊'],
      business: ['面包、蛋糕和中式糕点的生产与连锁门店经营', '西式面点、裱花蛋糕的研发与生产'],
    },
    {
      code: '1419',
      nameWords: ['饼干食品', '焙烤食品'],
      business: ['饼干、曲奇和烘焙休闲食品的生产'],
    },
    {
      code: '1431',
      roles: ['面点师', '生产技术员', '食品检验员'],
      nameWords: ['面业', '面食'],
      business: ['挂面、鲜湿面和面点半成品的生产'],
    },
    {
      code: '1432',
      roles: ['速冻生产线技术员', '食品检验员', '冷库管理员'],
      nameWords: ['速冻食品', '冷冻面团'],
      business: ['速冻水饺、冷冻面团和预制烘焙半成品的生产'],
    },
    {
      code: '5222',
      roles: ['门店店长储备', '面包师', '裱花师'],
      nameWords: ['烘焙连锁', '西饼'],
      business: ['烘焙连锁门店经营，在全市开设门店20余家'],
    },
  ],
  brands: [
    '麦田时光',
    '麦语',
    '禾悦',
    '酥香坊',
    '麦穗园',
    '甜源',
    '焙思',
    '暖麦',
    '香榭',
    '如意斋',
    '五谷坊',
    '麦芬',
  ],
  tags: ['烘焙', '西式面点', '糕点', '面包', '食品加工', '订单班', '食品安全'],
  skills: [
    '西式面点制作',
    '裱花',
    '面包制作',
    '中式面点',
    '食品安全管理',
    'HACCP',
    '新品研发',
    '门店运营',
    '冷链管理',
  ],
  fields: ['西式面点', '烘焙工艺', '食品安全', '食品营养', '中式面点'],
  majors: ['740203', '540203', '490101', '490102', '740202'],
  roles: ['面包师', '裱花师', '西点师', '门店店长储备', '食品检验员', '中央工厂生产技术员'],
  highlights: [
    '与职业技术学校合作开办西式面点订单班已近十年，毕业生多成长为门店技术骨干。',
    '建有中央工厂和冷链配送中心，实行标准化生产。',
    '企业派出西点师到学校授课，学生从入学起接受企业化培养。',
  ],
  rnd: [
    {
      title: '低糖低脂烘焙新品研发',
      detail: '面向健康消费需求，开发低糖低脂面包和蛋糕配方，保证口感与保质期。',
      type: 'technical_problem',
      codes: ['1411', '1419', '5222'],
    },
    {
      title: '冷冻面团品质稳定性提升',
      detail: '冷冻面团解冻后体积回缩明显，需优化配方与冻藏工艺。',
      type: 'process_optimisation',
      codes: ['1411', '1432', '5222'],
    },
    {
      title: '烘焙产品保质期延长技术',
      detail: '短保面包货架期仅3天，希望在不增加防腐剂的前提下延长至5天。',
      type: 'technical_problem',
      codes: ['1411', '1419', '1431', '5222'],
    },
    {
      title: '中央工厂生产排程优化',
      detail: '多品种小批量生产换线频繁，需优化排程与工序布局。',
      type: 'process_optimisation',
    },
  ],
  trainingTopics: [
    '西式面点技能提升',
    '食品安全与卫生规范',
    '门店运营与服务礼仪',
    '裱花与蛋糕装饰',
    'HACCP体系实施',
  ],
  practiceTasks: [
    '在中央工厂跟岗学习烘焙标准化生产',
    '参与门店新品研发与试销',
    '参与订单班课程与岗位标准开发',
  ],
  results: [
    {
      title: '地方特色杂粮面包配方',
      summary: '以本地杂粮为原料开发的面包配方，已在合作门店上市。',
    },
    {
      title: '西式面点订单班人才培养方案',
      summary: '校企共同制定的订单班培养方案，实现课程内容与门店岗位标准对接。',
    },
    { title: '烘焙食品天然保鲜技术', summary: '采用天然酵种与包装优化，面包货架期延长约40%。' },
  ],
  consulting: ['烘焙新品研发', '食品安全体系', '烘焙门店运营', '中央工厂规划', '西式面点标准化'],
  expertTitles: {
    college: ['副教授', '高级讲师', '讲师', '高级实习指导教师'],
    enterprise: ['高级技师', '技师', '高级西式面点师', '研发总监', '工程师'],
    institute: ['高级工程师', '研究员'],
  },
  institutes: [
    { name: '示范市食品检验检测中心', district: D.haigang },
    { name: '示范市烘焙行业协会', district: D.haigang },
  ],
};
