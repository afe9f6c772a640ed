import { DISTRICT as D } from '../districts';
import type { IndustryProfile } from '../profile';

export const NEW_MATERIALS: IndustryProfile = {
  id: 'newMaterials',
  label: '新材料',
  enterpriseCount: 8,
  expertCount: 30,
  districts: [D.devZone, D.devZone, D.shanhaiguan, D.funing, D.lulong],
  codes: [
    {
      code: '3073',
      nameWords: ['精密陶瓷', '特种陶瓷'],
      business: ['氧化铝、氧化锆结构陶瓷件的生产'],
    },
    {
      code: '3061',
      nameWords: ['玻璃纤维', '玻纤制品'],
      business: ['玻璃纤维纱、短切毡和玻纤布的生产'],
    },
    {
      code: '3062',
      nameWords: ['复合材料', '玻璃钢'],
      business: ['玻璃钢管道、储罐和风电叶片部件的制造'],
    },
    {
      code: '3089',
      nameWords: ['耐火材料', '窑炉材料'],
      business: ['玻璃窑炉用熔铸耐火材料和隔热材料的生产'],
    },
    {
      code: '3091',
      nameWords: ['碳素材料', '石墨科技'],
      business: ['等静压石墨、碳纤维复合材料制品的加工'],
    },
  ],
  brands: ['坚石', '锐材', '恒固', '中和', '砺新', '卓材', '固晟', '华砺', '青岩'],
  tags: ['新材料', '复合材料', '特种陶瓷', '玻璃纤维', '耐火材料', '无机非金属材料'],
  skills: [
    '材料性能检测',
    '配方设计',
    '烧结工艺',
    '模压成型',
    '缠绕成型',
    'XRD分析',
    '扫描电镜',
    '窑炉操作',
  ],
  fields: ['无机非金属材料', '复合材料', '特种陶瓷', '耐火材料', '材料检测'],
  majors: ['430601', '430703', '430702'],
  roles: ['材料检测员', '成型工艺员', '窑炉操作工', '研发助理'],
  highlights: [
    '建有省级企业技术中心和材料检测实验室。',
    '产品主要配套玻璃窑炉、风电和轨道交通行业。',
  ],
  rnd: [
    {
      title: '熔铸锆刚玉耐火材料抗侵蚀性能提升',
      detail: '需提高玻璃窑炉用耐火材料的抗玻璃液侵蚀能力，延长窑龄。',
      type: 'technical_problem',
      codes: ['3089'],
    },
    {
      title: '玻璃钢缠绕工艺参数优化',
      detail: '缠绕管道层间强度波动大，需优化张力与固化制度。',
      type: 'process_optimisation',
      codes: ['3062'],
    },
    {
      title: '氧化锆陶瓷烧结开裂问题攻关',
      detail: '大尺寸氧化锆件烧结开裂率高，需优化坯体与烧成曲线。',
      type: 'technical_problem',
      codes: ['3073'],
    },
    {
      title: '玻璃纤维拉丝断头率降低',
      detail: '池窑拉丝断头率偏高，需分析漏板温度场与浸润剂配方。',
      type: 'process_optimisation',
      codes: ['3061'],
    },
    {
      title: '等静压石墨致密度提升',
      detail: '石墨制品体积密度不足，需优化浸渍与焙烧工艺。',
      type: 'technical_problem',
      codes: ['3091'],
    },
  ],
  trainingTopics: ['复合材料成型工艺', '材料检测与实验室管理', '窑炉安全操作'],
  practiceTasks: ['参与材料性能检测与数据分析', '跟岗学习复合材料成型工艺'],
  results: [
    {
      title: '低导热轻质隔热材料制备技术',
      summary: '以工业固废为原料制备轻质隔热砖，导热系数低于0.2 W/(m·K)。',
    },
    {
      title: '玻璃纤维增强复合材料性能评价方法',
      summary: '建立层间剪切、湿热老化等性能评价规程，服务本地玻璃钢企业。',
    },
  ],
  consulting: ['耐火材料选型', '复合材料成型工艺', '材料检测实验室建设', '新材料项目论证'],
  expertTitles: {
    college: ['教授', '副教授', '高级讲师', '讲师', '高级实习指导教师'],
    enterprise: ['高级工程师', '工程师', '研发经理'],
    institute: ['研究员', '副研究员'],
  },
  institutes: [{ name: '示范市新材料产业技术研究院', district: D.devZone }],
};
