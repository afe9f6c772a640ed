import { DISTRICT as D } from '../districts';
import type { IndustryProfile } from '../profile';

export const ROBOTICS: IndustryProfile = {
  id: 'robotics',
  label: '工业机器人与智能装备',
  enterpriseCount: 7,
  expertCount: 45,
  districts: [D.devZone, D.devZone, D.devZone, D.haigang, D.newArea],
  codes: [
    {
      code: '3491',
      nameWords: ['机器人', '智能装备', '自动化科技'],
      business: ['工业机器人系统集成与自动化产线', '焊接机器人工作站、码垛机械臂的研发与制造'],
    },
    { code: '3492', nameWords: ['特种机器人'], business: ['巡检机器人、管道检测机器人的研发'] },
    {
      code: '3493',
      nameWords: ['增材制造', '3D打印科技'],
      business: ['金属3D打印设备与增材制造服务'],
    },
    {
      code: '3914',
      nameWords: ['工业控制', '智控科技'],
      business: ['工业控制系统与MES软件的开发'],
    },
  ],
  brands: ['智擎', '灵动', '擎天', '机芯', '云臂', '睿控', '启智', '精控', '捷创'],
  tags: ['工业机器人', '机械臂', '智能制造', '自动化', '系统集成', '机器视觉'],
  skills: [
    '机器人编程',
    '机器人示教',
    '离线编程',
    'PLC编程',
    '机器视觉',
    '电气装调',
    '伺服调试',
    'ROS',
    '工业网络',
  ],
  fields: ['工业机器人', '机器人系统集成', '自动化控制', '机器视觉', '智能制造'],
  majors: ['460305', '460303', '460306', '510209', '660301'],
  roles: ['机器人调试工程师', '机器人运维员', '电气装调工', '机器视觉工程师助理', '售后服务工程师'],
  highlights: [
    '已为玻璃、汽车零部件企业交付机器人工作站300余套。',
    '是工业机器人应用技能大赛的合作企业，提供赛项设备。',
    '企业选派工程师担任《工业机器人应用》课程兼职教师。',
  ],
  rnd: [
    {
      title: '玻璃上下片机械臂视觉定位',
      detail: '玻璃原片上片定位精度不足，需开发视觉引导的机械臂抓取系统。',
      type: 'technical_problem',
      codes: ['3491'],
    },
    {
      title: '焊接机器人焊缝跟踪技术',
      detail: '工件装配间隙不一致，需实现激光焊缝跟踪与自适应焊接。',
      type: 'technical_problem',
      codes: ['3491'],
    },
    {
      title: '机器人工作站节拍优化',
      detail: '码垛工作站节拍偏慢，需优化轨迹规划与夹具设计。',
      type: 'process_optimisation',
      codes: ['3491', '3914'],
    },
    {
      title: '协作机器人安全防护方案',
      detail: '人机协作工位需满足安全规范，需设计力控与区域监控方案。',
      type: 'technical_problem',
      codes: ['3491', '3492'],
    },
    {
      title: '金属3D打印件变形控制',
      detail: '大尺寸金属打印件残余应力导致变形，需优化扫描策略与支撑设计。',
      type: 'technical_problem',
      codes: ['3493'],
    },
    {
      title: 'MES与设备数据采集集成',
      detail: '多品牌设备数据难以接入，需开发统一的数据采集与MES集成方案。',
      type: 'technical_problem',
      codes: ['3914', '3491'],
    },
  ],
  trainingTopics: ['工业机器人操作与编程', '机器人离线编程与仿真', '机器视觉应用', 'PLC与工业网络'],
  practiceTasks: [
    '参与机器人工作站安装调试',
    '参与机器人离线编程与仿真项目',
    '跟岗学习机械臂售后维护',
  ],
  results: [
    { title: '视觉引导机械臂抓取系统', summary: '基于深度相机的无序抓取方案，抓取成功率达97%。' },
    {
      title: '工业机器人实训工作站',
      summary: '模块化实训工作站，覆盖搬运、码垛、焊接和视觉检测等教学项目。',
    },
    { title: '焊接机器人焊缝识别算法', summary: '结构光焊缝识别算法，适应间隙0~3mm的变化。' },
  ],
  consulting: ['工业机器人选型', '自动化产线规划', '机器视觉检测', '机械臂应用', '智能工厂建设'],
  expertTitles: {
    college: ['教授', '副教授', '高级讲师', '讲师', '高级实习指导教师'],
    enterprise: ['高级工程师', '工程师', '技术总监', '高级技师'],
    institute: ['研究员', '副研究员', '高级工程师'],
  },
  institutes: [{ name: '示范市智能制造创新中心', district: D.devZone }],
};
