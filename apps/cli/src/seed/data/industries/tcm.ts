import { DISTRICT as D } from '../districts';
import type { IndustryProfile } from '../profile';

export const TCM: IndustryProfile = {
  id: 'tcm',
  label: '中医药',
  enterpriseCount: 8,
  expertCount: 50,
  districts: [D.qinglong, D.qinglong, D.qinglong, D.haigang, D.beidaihe, D.lulong],
  codes: [
    {
      code: '8412',
      titles: ['主任中医师', '副主任中医师', '主管护师'],
      roles: ['推拿师', '中药调剂员', '中医康复技术员', '护士'],
      nameWords: ['中医医院', '国医馆'],
      business: ['中医内科、针灸推拿和中医康复诊疗服务'],
    },
    {
      code: '2740',
      titles: ['高级工程师', '执业药师', '主管中药师'],
      roles: ['制剂操作工', '质量检验员', '中药炮制工'],
      nameWords: ['药业', '中药制药'],
      business: ['中成药颗粒剂、丸剂的生产'],
    },
    {
      code: '2730',
      titles: ['主管中药师', '执业药师', '高级工程师'],
      roles: ['中药炮制工', '质量检验员', '中药调剂员'],
      nameWords: ['中药饮片', '本草药业'],
      business: ['黄芩、连翘等道地药材的饮片炮制'],
    },
    {
      code: '0171',
      titles: ['高级农艺师', '农艺师'],
      roles: ['药材种植技术员', '质量检验员'],
      nameWords: ['中药材种植', '药材'],
      business: ['黄芩、苍术等中药材的规范化种植'],
    },
    {
      code: '8053',
      titles: ['推拿师', '主治中医师', '高级保健按摩师'],
      roles: ['推拿师', '理疗师', '艾灸师'],
      nameWords: ['中医养生', '理疗养生'],
      business: ['中医推拿、艾灸和养生保健服务'],
    },
  ],
  brands: ['仁济堂', '杏林', '本草源', '燕山', '百草园', '济生', '岐黄', '归元', '青囊'],
  tags: ['中医药', '中药材', '中医康复', '针灸推拿', '中药饮片', '理疗', '康复'],
  skills: [
    '针灸',
    '推拿',
    '中药炮制',
    '中药鉴定',
    '艾灸',
    '拔罐',
    '中医康复评定',
    'GMP管理',
    '药材种植',
  ],
  fields: ['中医康复', '中药学', '针灸推拿', '中药材种植', '中医养生'],
  majors: ['520604', '720402', '720404', '520301'],
  roles: ['推拿师', '中药调剂员', '中医康复技术员', '中药炮制工', '质量检验员'],
  highlights: [
    '在青龙建有道地药材规范化种植基地2000余亩。',
    '是卫生学校中医康复技术专业的实践教学基地。',
    '开设中医康复、针灸推拿特色门诊。',
  ],
  rnd: [
    {
      title: '黄芩饮片炮制工艺标准化',
      detail: '不同批次饮片有效成分含量波动大，需建立炮制工艺参数标准。',
      type: 'process_optimisation',
      codes: ['2730', '2740'],
    },
    {
      title: '中药颗粒剂吸潮结块问题',
      detail: '颗粒剂在南方市场易吸潮结块，需改进辅料与包装。',
      type: 'technical_problem',
      codes: ['2740'],
    },
    {
      title: '中药材种植病虫害绿色防控',
      detail: '需研究苍术根腐病的生物防治方案，减少化学农药使用。',
      type: 'technical_problem',
      codes: ['0171'],
    },
    {
      title: '中医康复适宜技术疗效评价',
      detail: '需建立推拿、艾灸等适宜技术的疗效评价指标与随访方法。',
      type: 'technical_problem',
      codes: ['8412', '8053'],
    },
    {
      title: '中医馆预约与随访流程优化',
      detail: '患者候诊时间长、复诊率低，需优化预约、随访与服务流程。',
      type: 'process_optimisation',
      codes: ['8412', '8053'],
    },
  ],
  trainingTopics: ['中医康复适宜技术', '中药调剂与质量控制', '推拿手法规范', '中药材规范化种植'],
  practiceTasks: ['在中医康复科跟岗学习适宜技术', '参与中药饮片炮制与质量检验'],
  results: [
    {
      title: '中医康复适宜技术教学案例库',
      summary: '收录推拿、艾灸、八段锦等康复技术教学案例60余个。',
    },
    {
      title: '道地药材黄芩规范化种植技术',
      summary: '覆盖选地、育苗、田间管理和采收的种植规程，亩产提高15%。',
    },
    {
      title: '中药饮片快速鉴别方法',
      summary: '结合显微与近红外光谱的快速鉴别方法，适用于基层药房。',
    },
  ],
  consulting: ['中医馆运营', '中药材种植技术', '中药GMP合规', '中医康复技术', '中医养生服务'],
  expertTitles: {
    college: ['教授', '副教授', '高级讲师', '讲师'],
    enterprise: ['主任中医师', '主管中药师', '执业药师', '高级工程师', '推拿师'],
    institute: ['主任医师', '副主任医师', '主任中医师', '主任药师'],
  },
  institutes: [
    { name: '示范市中医医院', district: D.haigang },
    { name: '青龙满族自治县中医院', district: D.qinglong },
    { name: '示范市药品检验所', district: D.haigang },
  ],
};
