import { DISTRICT as D } from '../districts';
import type { IndustryProfile } from '../profile';

export const NURSING: IndustryProfile = {
  id: 'nursing',
  label: '护理与康复',
  enterpriseCount: 10,
  expertCount: 60,
  districts: [D.beidaihe, D.beidaihe, D.beidaihe, D.haigang, D.haigang, D.shanhaiguan, D.newArea],
  codes: [
    {
      code: '8512',
      nameWords: ['护理院', '颐养护理'],
      business: ['失能半失能老人的长期照护与专业护理'],
    },
    {
      code: '8514',
      nameWords: ['养老服务', '康养'],
      business: ['医养结合养老机构和社区居家养老服务'],
    },
    {
      code: '8415',
      roles: ['康复治疗师', '护士', '理疗师'],
      nameWords: ['康复医院'],
      business: ['神经康复、骨科康复和儿童康复的专科医疗服务'],
    },
    { code: '8416', nameWords: ['康复疗养'], business: ['疗养康复、健康体检与理疗服务'] },
    {
      code: '8522',
      titles: ['康复治疗师', '工程师', '主管治疗师'],
      roles: ['康复辅具适配师', '售后技术员', '康复治疗师'],
      nameWords: ['康复辅具'],
      business: ['康复辅具租赁、适配与居家适老化改造'],
    },
    {
      code: '3586',
      titles: ['高级工程师', '工程师', '康复治疗师'],
      roles: ['康复器械装配工', '研发助理', '售后技术员'],
      nameWords: ['康复器械', '医疗器械'],
      business: ['康复训练器械、助行器具的研发与生产'],
    },
  ],
  brands: ['颐康', '安和', '仁馨', '康颐', '椿萱', '慈航', '乐龄', '福延', '泰安居', '松年'],
  tags: ['护理', '康复', '养老', '医养结合', '康复治疗', '理疗', '护士', '老年护理'],
  skills: [
    '基础护理',
    '老年护理',
    '康复评定',
    '运动疗法',
    '物理治疗',
    '作业治疗',
    '言语治疗',
    '急救技能',
    '护理文书',
    '失智照护',
  ],
  fields: ['护理学', '康复治疗', '老年照护', '社区护理', '康复辅具', '临床护理'],
  majors: ['520201', '720201', '520601', '720601', '590302', '520801'],
  roles: ['护士', '康复治疗师', '养老护理员', '理疗师', '护理组长', '健康管理师'],
  highlights: [
    '是卫生学校护理、康复专业的实习基地。',
    '设有床位300余张，配备康复训练大厅和水疗室。',
    '与市第一医院建立双向转诊与技术帮扶关系。',
  ],
  rnd: [
    {
      title: '失能老人压力性损伤预防方案',
      detail: '需建立风险评估与翻身提醒机制，降低压疮发生率。',
      type: 'process_optimisation',
      codes: ['8512', '8514', '8415', '8416'],
    },
    {
      title: '脑卒中居家康复远程指导系统',
      detail: '希望开发康复训练动作识别与远程指导小程序。',
      type: 'technical_problem',
      codes: ['8415', '8416', '8522'],
    },
    {
      title: '智能护理床与离床预警',
      detail: '需研发低成本离床、跌倒预警装置，并与护理站联动。',
      type: 'technical_problem',
      codes: ['8512', '8514', '3586'],
    },
    {
      title: '康复训练器械人机交互优化',
      detail: '现有训练器械操作复杂、老年用户上手难，需开展适老化交互设计。',
      type: 'process_optimisation',
      codes: ['3586', '8522'],
    },
  ],
  trainingTopics: [
    '老年护理技能提升',
    '康复治疗技术规范',
    '急救与心肺复苏',
    '失智老人照护',
    '护理质量与安全管理',
  ],
  practiceTasks: [
    '在康复科跟岗参与康复评定与治疗',
    '参与护理质量管理与带教',
    '参与养老机构照护服务标准制定',
  ],
  results: [
    {
      title: '老年照护技能实训标准',
      summary: '涵盖生活照护、康复照护和心理支持的实训标准，已用于护理专业教学。',
    },
    {
      title: '脑卒中康复训练动作识别方法',
      summary: '基于视频姿态估计的动作识别方法，可辅助居家康复评估。',
    },
    {
      title: '养老机构跌倒风险评估量表',
      summary: '本地化修订的跌倒风险评估量表，已在5家机构应用。',
    },
  ],
  consulting: [
    '养老机构护理质量',
    '康复科建设',
    '护理人员培训体系',
    '医养结合模式',
    '康复辅具适配',
  ],
  expertTitles: {
    college: ['教授', '副教授', '高级讲师', '讲师'],
    enterprise: ['主管护师', '护士长', '主管治疗师', '康复治疗师', '高级养老护理员'],
    institute: ['主任医师', '副主任医师', '主任护师', '副主任护师', '护士长'],
  },
  institutes: [
    { name: '示范市第一医院', district: D.haigang },
    { name: '示范市第二医院', district: D.haigang },
    { name: '北戴河康复疗养中心', district: D.beidaihe },
    { name: '示范市妇幼保健院', district: D.haigang },
  ],
};
