import { DISTRICT as D } from '../districts';
import type { IndustryProfile } from '../profile';

export const PORT: IndustryProfile = {
  id: 'port',
  label: '港口物流',
  enterpriseCount: 10,
  expertCount: 35,
  districts: [D.haigang, D.haigang, D.haigang, D.shanhaiguan, D.devZone, D.funing],
  codes: [
    {
      code: '5532',
      roles: ['理货员', '调度员', '门机司机'],
      nameWords: ['港务', '码头'],
      business: ['煤炭、杂货和集装箱的港口装卸与堆存'],
    },
    {
      code: '5910',
      roles: ['装卸机械司机', '理货员', '调度员'],
      nameWords: ['装卸', '港口服务'],
      business: ['港口装卸搬运与理货服务'],
    },
    {
      code: '5821',
      titles: ['高级经济师', '报关业务主管', '物流经理'],
      roles: ['单证员', '报关员', '货运代理业务员'],
      nameWords: ['国际货运代理', '船务代理'],
      business: ['国际货运代理、船舶代理和报关服务'],
    },
    { code: '5920', nameWords: ['仓储', '物流园'], business: ['公共仓储与保税仓储服务'] },
    {
      code: '5930',
      roles: ['冷库管理员', '调度员', '冷链司机'],
      nameWords: ['冷链物流', '冷链仓储'],
      business: ['水产品、果蔬的低温仓储与冷链配送'],
    },
    {
      code: '5810',
      nameWords: ['多式联运', '供应链管理'],
      business: ['海铁联运和公路集疏运的多式联运组织'],
    },
    {
      code: '5437',
      roles: ['配送调度员', '仓储管理员', '分拣主管'],
      nameWords: ['城市配送', '同城物流'],
      business: ['城市共同配送和电商快递末端配送'],
    },
  ],
  brands: ['通港', '海联', '津渤', '顺航', '远洋汇', '港湾', '畅运', '汇融通', '北港', '鑫航'],
  tags: ['港口物流', '物流', '仓储', '冷链', '多式联运', '货运代理', '智慧物流'],
  skills: [
    '仓储管理',
    'WMS系统',
    '叉车操作',
    '报关报检',
    '运输调度',
    '冷链管理',
    '集装箱业务',
    '物流数据分析',
  ],
  fields: ['港口物流', '仓储管理', '冷链物流', '国际货运', '供应链管理'],
  majors: ['530802', '530805', '730801', '500301'],
  roles: ['仓储管理员', '调度员', '报关员', '理货员', '冷库管理员', '单证员'],
  highlights: [
    '拥有仓库面积5万平方米，并建有冷库和集装箱堆场。',
    '与港口实现数据对接，提供“门到门”物流服务。',
  ],
  rnd: [
    {
      title: '智慧仓储货位优化',
      detail: '仓库拣货路径长、效率低，需优化货位布局与拣货策略。',
      type: 'process_optimisation',
      codes: ['5920', '5930', '5810', '5437', '5532'],
    },
    {
      title: '冷链运输温度全程监控',
      detail: '需建设冷链车辆和冷库的温湿度实时监控与预警系统。',
      type: 'technical_problem',
      codes: ['5930', '5437'],
    },
    {
      title: '集装箱堆场作业调度优化',
      detail: '堆场翻箱率高，需建立堆存与作业调度优化模型。',
      type: 'process_optimisation',
      codes: ['5532', '5910', '5810'],
    },
    {
      title: '报关单证自动化处理',
      detail: '报关单证录入量大、差错率高，需开发单证识别与自动填报工具。',
      type: 'technical_problem',
      codes: ['5821', '5810'],
    },
  ],
  trainingTopics: ['仓储作业与安全', '国际货运代理实务', '冷链物流操作规范', '叉车安全操作'],
  practiceTasks: ['参与仓储作业与WMS系统应用', '跟岗学习货运代理与报关流程'],
  results: [
    { title: '港口物流仿真实训平台', summary: '模拟集装箱装卸、堆存与集疏运全过程的实训平台。' },
    { title: '冷链物流温控追溯方案', summary: '低成本温度记录与追溯方案，已在两家冷链企业应用。' },
  ],
  consulting: ['仓储规划', '冷链物流体系建设', '物流成本优化', '货运代理业务', '智慧物流系统'],
  expertTitles: {
    college: ['教授', '副教授', '高级讲师', '讲师'],
    enterprise: ['高级物流师', '高级经济师', '高级工程师', '物流经理'],
    institute: ['高级经济师', '研究员'],
  },
  institutes: [
    { name: '示范市港口物流协会', district: D.haigang },
    { name: '示范市交通运输研究所', district: D.haigang },
  ],
};
