import { DISTRICT as D } from '../districts';
import type { IndustryProfile } from '../profile';

export const DRONES: IndustryProfile = {
  id: 'drones',
  label: '无人机及低空经济',
  enterpriseCount: 6,
  expertCount: 30,
  districts: [D.devZone, D.funing, D.funing, D.changli, D.lulong, D.newArea],
  codes: [
    {
      code: '3963',
      roles: ['无人机装调员', '无人机飞手', '售后维修员'],
      nameWords: ['无人机', '智能飞行器', '航空科技'],
      business: ['工业级多旋翼无人机的研发、组装与销售', '无人机飞控与挂载设备的研发'],
    },
    {
      code: '3741',
      roles: ['无人机装调员', '机械装配工'],
      nameWords: ['通用航空', '航空器'],
      business: ['固定翼无人机与轻型航空器的制造'],
    },
    {
      code: '0515',
      titles: ['高级农艺师', '飞行教员', '技师'],
      roles: ['植保作业员', '无人机飞手'],
      nameWords: ['植保飞防', '农业航空服务'],
      business: ['植保无人机统防统治和飞防作业服务'],
    },
    {
      code: '6571',
      titles: ['高级工程师', '注册测绘师', '工程师'],
      roles: ['航测数据处理员', '无人机飞手'],
      nameWords: ['测绘地理信息', '遥感科技'],
      business: ['无人机航测、倾斜摄影与遥感数据处理'],
    },
  ],
  brands: ['翼飞', '云翔', '天鹰', '鹏程', '凌空', '青羽', '御风', '飞鸿'],
  tags: ['无人机', '低空经济', '植保无人机', '航测', '飞控', '无人机巡检'],
  skills: [
    '无人机操控',
    '无人机组装调试',
    '飞控调参',
    '航线规划',
    '航拍',
    '倾斜摄影',
    '植保作业',
    '电池维护',
  ],
  fields: ['无人机应用', '无人机维修', '农业植保', '航空测绘', '低空经济'],
  majors: ['460609', '660601', '260604'],
  roles: ['无人机飞手', '无人机装调员', '航测数据处理员', '植保作业员'],
  highlights: [
    '持有民用无人机驾驶员培训资质，年培训学员200余人。',
    '年完成植保飞防作业面积超过30万亩。',
    '在昌黎、卢龙建有无人机作业服务站。',
  ],
  rnd: [
    {
      title: '植保无人机变量喷洒控制',
      detail: '需根据作物长势处方图实现变量喷洒，减少农药用量。',
      type: 'technical_problem',
      codes: ['0515', '3963'],
    },
    {
      title: '无人机电力巡检缺陷自动识别',
      detail: '巡检照片量大，需开发绝缘子、销钉缺陷的自动识别算法。',
      type: 'technical_problem',
      codes: ['6571', '3963'],
    },
    {
      title: '多旋翼无人机续航提升',
      detail: '需从机体减重与动力匹配两方面提高作业续航时间。',
      type: 'process_optimisation',
      codes: ['3963', '3741'],
    },
    {
      title: '倾斜摄影建模效率提升',
      detail: '实景三维建模耗时长，需优化航线设计与空三处理流程。',
      type: 'process_optimisation',
      codes: ['6571'],
    },
  ],
  trainingTopics: [
    '无人机驾驶员执照培训',
    '植保无人机安全作业',
    '无人机航测数据处理',
    '无人机维修与保养',
  ],
  practiceTasks: ['参与植保飞防作业与航线规划', '跟岗学习无人机组装调试与维修'],
  results: [
    {
      title: '无人机操控与维护实训课程包',
      summary: '包含模拟飞行、组装调试和故障排除三个模块的实训课程。',
    },
    {
      title: '果园无人机精准施药技术',
      summary: '针对葡萄园、苹果园的航线与喷洒参数方案，节药20%以上。',
    },
  ],
  consulting: ['无人机行业应用', '无人机培训体系建设', '低空经济项目规划', '植保飞防作业'],
  expertTitles: {
    college: ['教授', '副教授', '高级讲师', '讲师', '高级实习指导教师'],
    enterprise: ['高级工程师', '工程师', '飞行教员', '技师'],
    institute: ['研究员', '高级工程师'],
  },
  institutes: [{ name: '示范市低空经济发展研究中心', district: D.devZone }],
};
