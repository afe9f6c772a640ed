import { DISTRICT as D } from '../districts';
import type { IndustryProfile } from '../profile';

export const TOURISM: IndustryProfile = {
  id: 'tourism',
  label: '文旅与酒店',
  enterpriseCount: 10,
  expertCount: 35,
  districts: [
    D.beidaihe,
    D.beidaihe,
    D.beidaihe,
    D.shanhaiguan,
    D.shanhaiguan,
    D.haigang,
    D.newArea,
    D.qinglong,
  ],
  codes: [
    {
      code: '6110',
      titles: ['总经理', '高级经济师', '行政总厨'],
      roles: ['前厅接待', '客房服务员', '餐厅领班'],
      nameWords: ['大酒店', '度假酒店'],
      business: ['滨海度假酒店和会议接待服务'],
    },
    {
      code: '6130',
      titles: ['总经理', '民宿主理人'],
      roles: ['民宿管家', '前厅接待'],
      nameWords: ['民宿'],
      business: ['长城脚下、海边的精品民宿经营'],
    },
    {
      code: '7291',
      titles: ['金牌导游', '高级导游', '总经理'],
      roles: ['导游', '研学导师', '计调员'],
      nameWords: ['国际旅行社', '旅行社'],
      business: ['研学旅行、滨海度假和长城文化旅游线路的组织'],
    },
    {
      code: '7861',
      roles: ['景区讲解员', '研学导师', '游客服务专员'],
      nameWords: ['景区管理', '旅游开发'],
      business: ['景区运营管理与文旅项目开发'],
    },
    {
      code: '6210',
      titles: ['行政总厨', '高级烹调技师'],
      roles: ['厨师', '餐厅领班'],
      nameWords: ['餐饮管理', '海鲜餐饮'],
      business: ['特色海鲜餐厅和团餐服务'],
    },
    {
      code: '6140',
      roles: ['营地活动策划', '研学导师'],
      nameWords: ['露营地', '营地'],
      business: ['滨海露营地和房车营地运营'],
    },
  ],
  brands: ['海韵', '蔚蓝', '长城情', '碧海', '听涛', '观潮', '金沙滩', '关城', '渔家', '山居'],
  tags: ['文旅', '旅游', '酒店', '民宿', '研学旅行', '餐饮服务', '滨海旅游'],
  skills: [
    '前厅服务',
    '客房服务',
    '餐饮服务',
    '导游讲解',
    '研学课程设计',
    '酒店收益管理',
    '新媒体营销',
    '活动策划',
  ],
  fields: ['酒店管理', '旅游管理', '研学旅行', '餐饮管理', '会展服务'],
  majors: ['540101', '540106', '740101', '540202', '740201'],
  roles: ['前厅接待', '客房服务员', '导游', '研学导师', '餐厅领班', '厨师'],
  highlights: [
    '旺季日接待游客超过5000人次，暑期用工需求集中。',
    '是职业院校旅游、酒店专业的实习基地。',
  ],
  rnd: [
    {
      title: '淡季客源开发与产品设计',
      detail: '淡旺季差异明显，需设计冬季研学、康养旅游产品。',
      type: 'process_optimisation',
    },
    {
      title: '酒店能耗管理系统建设',
      detail: '希望建设客房能耗监测与智能控制系统，降低运营成本。',
      type: 'technical_problem',
      codes: ['6110', '6130'],
    },
    {
      title: '景区客流预测与预约管理',
      detail: '节假日客流集中，需建立客流预测模型并优化分时预约。',
      type: 'technical_problem',
      codes: ['7861', '7291', '6140'],
    },
  ],
  trainingTopics: ['酒店服务礼仪', '导游讲解技能', '研学旅行课程设计', '餐饮服务与食品安全'],
  practiceTasks: ['参与酒店前厅与客房运营管理', '参与研学旅行线路与课程开发'],
  results: [
    { title: '长城文化研学课程体系', summary: '围绕长城历史与关城文化设计的12门研学课程。' },
    {
      title: '滨海旅游淡季产品开发研究',
      summary: '提出冬季康养、冰雪观鸟等产品组合，已被两家旅行社采用。',
    },
  ],
  consulting: [
    '酒店运营管理',
    '研学旅行产品设计',
    '民宿品牌打造',
    '景区服务质量提升',
    '旅游新媒体营销',
  ],
  expertTitles: {
    college: ['教授', '副教授', '高级讲师', '讲师'],
    enterprise: ['高级经济师', '总经理', '金牌导游', '行政总厨'],
    institute: ['研究员', '高级经济师'],
  },
  institutes: [
    { name: '示范市文化旅游研究中心', district: D.haigang },
    { name: '示范市旅游饭店协会', district: D.beidaihe },
  ],
};
