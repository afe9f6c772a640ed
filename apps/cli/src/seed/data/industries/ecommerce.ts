import { DISTRICT as D } from '../districts';
import type { IndustryProfile } from '../profile';

export const ECOMMERCE: IndustryProfile = {
  id: 'ecommerce',
  label: '短视频电商与直播',
  enterpriseCount: 10,
  expertCount: 50,
  districts: [D.haigang, D.haigang, D.haigang, D.beidaihe, D.changli, D.qinglong, D.lulong],
  codes: [
    {
      code: '5292',
      nameWords: ['电子商务', '电商', '网络科技'],
      business: ['本地农特产品的直播带货与网店运营', '海产品、葡萄酒的电商零售与社群营销'],
    },
    {
      code: '5193',
      nameWords: ['供应链', '电商供应链'],
      business: ['面向主播和网店的农产品供应链与一件代发服务'],
    },
    {
      code: '7251',
      nameWords: ['文化传媒', '数字传媒'],
      business: ['短视频营销、品牌账号代运营和信息流广告投放'],
    },
    {
      code: '6579',
      nameWords: ['短视频科技', '直播科技'],
      business: ['短视频内容制作与直播基地运营'],
    },
    {
      code: '6432',
      nameWords: ['本地生活', '网络服务'],
      business: ['本地生活团购平台与到店服务推广'],
    },
  ],
  brands: ['星播', '拾光', '橙淘', '聚鲜汇', '小满', '有料', '潮品', '鲜生', '优选汇', '快映'],
  tags: ['电商', '电子商务', '直播带货', '直播电商', '短视频', '新媒体运营', '农产品上行'],
  skills: [
    '直播运营',
    '短视频拍摄',
    '视频剪辑',
    '主播话术',
    '店铺运营',
    '数据分析',
    '社群运营',
    '投流优化',
    '文案策划',
  ],
  fields: ['直播电商', '短视频营销', '电子商务运营', '新媒体', '跨境电商'],
  majors: ['530701', '530704', '730703', '730701', '510204', '530702'],
  roles: ['带货主播', '直播运营', '短视频剪辑师', '电商客服', '店铺运营专员', '新媒体编辑'],
  highlights: [
    '创始团队来自职业技术学院创业孵化基地，依托基地政策快速成长。',
    '运营短视频和直播平台账号20余个，服务本地中小企业上百家。',
    '建有直播基地，可同时开播8个直播间。',
  ],
  rnd: [
    {
      title: '直播间数据分析看板开发',
      detail: '需整合多平台直播数据，建设转化漏斗与选品分析看板。',
      type: 'technical_problem',
    },
    {
      title: '短视频内容生产流程优化',
      detail: '内容产能不足，需梳理脚本、拍摄、剪辑流程并引入AI辅助工具。',
      type: 'process_optimisation',
    },
    {
      title: '农产品直播选品模型',
      detail: '希望建立基于历史销售和季节性的农产品选品与定价模型。',
      type: 'technical_problem',
    },
  ],
  trainingTopics: [
    '直播带货实战',
    '短视频拍摄与剪辑',
    '电商平台运营',
    '农村电商与农产品上行',
    '网络营销合规',
  ],
  practiceTasks: ['参与直播间运营与数据复盘', '参与短视频内容策划与制作'],
  results: [
    {
      title: '农产品直播电商运营模式研究',
      summary: '总结“基地+主播+合作社”模式，为县域农产品上行提供参考。',
    },
    {
      title: '直播电商实训室建设方案',
      summary: '包含直播间、剪辑室和数据分析区的实训室建设与课程方案。',
    },
    {
      title: '短视频营销效果评估模型',
      summary: '基于完播率、互动率和转化率的短视频营销评估模型。',
    },
  ],
  consulting: ['直播电商运营', '短视频账号定位', '电商店铺诊断', '农产品品牌营销', '创业项目辅导'],
  expertTitles: {
    college: ['教授', '副教授', '高级讲师', '讲师'],
    enterprise: ['运营总监', '高级电子商务师', '电子商务师', '创始人'],
    institute: ['高级经济师', '研究员'],
  },
  institutes: [
    { name: '示范市电子商务协会', district: D.haigang },
    { name: '示范市大学生创业园', district: D.haigang },
  ],
};
