import { DISTRICT as D } from '../districts';
import type { IndustryProfile } from '../profile';

export const PHOTOVOLTAIC: IndustryProfile = {
  id: 'photovoltaic',
  label: '光伏与新能源装备',
  enterpriseCount: 6,
  expertCount: 35,
  districts: [D.devZone, D.devZone, D.newArea, D.funing, D.changli],
  codes: [
    {
      code: '3825',
      roles: ['组件层压工', 'EL检测员', '电气技术员'],
      nameWords: ['光伏科技', '新能源科技', '太阳能科技', '光伏组件'],
      business: [
        '光伏组件的封装与测试',
        '光伏接线盒、汇流箱和逆变器配件的生产',
        '双玻光伏组件与BIPV构件的研发',
      ],
    },
    {
      code: '4416',
      roles: ['光伏电站运维员', '电气技术员'],
      nameWords: ['光伏电力', '新能源发电', '绿能电力'],
      business: ['分布式光伏电站的投资、建设与运维', '屋顶光伏和农光互补电站的运营'],
    },
    {
      code: '3862',
      roles: ['安装调试员', '电气技术员'],
      nameWords: ['太阳能热利用', '太阳能设备'],
      business: ['太阳能热水器、太阳能路灯的生产与安装'],
    },
  ],
  brands: ['阳辉', '日升', '晴川', '光合', '朝晖', '暖阳', '金曦', '向日', '远曜', '清能'],
  tags: ['光伏', '太阳能', '新能源', '光伏组件', '分布式光伏', '光伏电站', '双碳'],
  skills: [
    '光伏组件封装',
    'EL检测',
    '光伏电站运维',
    '逆变器调试',
    '电气接线',
    '光伏系统设计',
    'PVsyst仿真',
    '高低压电工作业',
  ],
  fields: ['光伏组件', '光伏电站运维', '太阳能利用', '新能源发电', '光伏系统设计'],
  majors: ['430304', '460306', '460301'],
  roles: ['光伏电站运维员', '组件层压工', '电气技术员', 'EL检测员', '光伏系统设计助理'],
  highlights: [
    '已建成并运维分布式光伏电站60余座，总装机容量超过80兆瓦。',
    '组件车间配备全自动串焊、层压生产线和EL检测设备。',
    '与职业院校共建光伏实训室，开展电站运维技能培训。',
  ],
  rnd: [
    {
      title: '双玻组件层压气泡问题攻关',
      detail: '双玻组件层压后边缘气泡偏多，需优化层压温度曲线与封装材料匹配。',
      type: 'technical_problem',
      codes: ['3825'],
    },
    {
      title: '分布式光伏电站智能运维平台开发',
      detail: '希望建设集数据采集、故障诊断、清洗调度于一体的运维平台。',
      type: 'technical_problem',
      codes: ['4416'],
    },
    {
      title: '光伏组件回收拆解工艺研究',
      detail: '探索退役组件玻璃、铝框与硅片的低成本分离工艺。',
      type: 'process_optimisation',
      codes: ['3825', '4416'],
    },
    {
      title: '光伏支架抗风设计优化',
      detail: '沿海地区风荷载大，需优化支架结构以降低用钢量。',
      type: 'process_optimisation',
      codes: ['4416', '3825'],
    },
    {
      title: '太阳能集热器热效率提升',
      detail: '平板集热器热效率偏低，需优化吸热涂层与保温结构。',
      type: 'technical_problem',
      codes: ['3862'],
    },
  ],
  trainingTopics: [
    '光伏电站运维与安全',
    '光伏组件生产工艺',
    '高低压电工作业安全',
    '光伏系统设计与仿真',
  ],
  practiceTasks: ['参与光伏电站巡检与故障处理', '跟岗学习组件封装与EL检测', '参与光伏系统方案设计'],
  results: [
    {
      title: '光伏电站故障智能诊断模型',
      summary: '利用逆变器数据识别组串失配、遮挡和热斑，诊断准确率超过90%。',
    },
    {
      title: '沿海光伏支架防腐技术',
      summary: '提出热镀锌加涂层复合防腐方案，支架寿命预计延长8年。',
    },
    {
      title: '太阳能光伏实训平台',
      summary: '模块化光伏发电实训装置，可用于电站运维与系统设计教学。',
    },
  ],
  consulting: [
    '分布式光伏电站设计',
    '光伏电站运维',
    '光伏组件质量',
    '太阳能利用项目评估',
    '新能源项目申报',
  ],
  expertTitles: {
    college: ['教授', '副教授', '高级讲师', '讲师', '高级实习指导教师'],
    enterprise: ['高级工程师', '工程师', '高级技师', '电气工程师'],
    institute: ['研究员', '高级工程师'],
  },
  institutes: [
    { name: '示范市新能源产业技术研究院', district: D.devZone },
    { name: '示范市电力设计院', district: D.haigang },
  ],
};
