import { DISTRICT as D, type DistrictCode } from './districts';
import type { MajorCode } from './majors';
import type { IndustryId } from './profile';
import type { CollegeLevelValue } from './types';

/** When a college opened or closed one major, where it differs from the college's usual year. */
export interface MajorYears {
  opened?: number;
  closed?: number;
}

export interface CollegeSpec {
  name: string;
  level: CollegeLevelValue;
  district: DistrictCode;
  /** Industries the college serves: its research, training and teachers come from these. */
  profiles: IndustryId[];
  /** Code, yearly intake (the last one, for a closed major) and the years that differ. */
  majors: [MajorCode, number, MajorYears?][];
  /** The year its majors were opened unless they say otherwise. */
  majorsSince: number;
  studentCount: number;
  trainingCapacity: number;
  tags: string[];
  description: string;
  researchCount: number;
  status: 'verified' | 'pending';
}

/** The city's eleven colleges, modelled on the speech; col-01 … col-11 in this order. */
export const COLLEGE_SPECS: CollegeSpec[] = [
  {
    name: '示范市建材职业技术学院',
    level: '高职',
    district: D.haigang,
    profiles: ['glass', 'photovoltaic', 'newMaterials', 'robotics'],
    majors: [
      ['430601', 180],
      ['430701', 120],
      ['430702', 90],
      ['430703', 90],
      ['430304', 120, { opened: 2016 }],
      ['460305', 150],
      ['460301', 200],
      ['460306', 150],
    ],
    majorsSince: 2004,
    studentCount: 6800,
    trainingCapacity: 3000,
    tags: ['玻璃产业学院', '光伏玻璃', '建材', '工业机器人', '双师型', '教师企业实践基地'],
    description:
      '示范市建材职业技术学院是以建材类专业为特色的公办高等职业院校。学院与本地玻璃龙头企业共建“玻璃产业学院”，联合开发“光伏玻璃智能制造”课程，企业技术人员每周到校授课，专业教师每学期到企业实训1个月。学院建有“教师企业实践基地”，规定专业教师每年在企业实践不少于2个月，近三年87名教师参与企业技术研发项目；企业选派高级工程师担任《玻璃智能制造技术》《工业机器人应用》等课程的兼职教师。',
    researchCount: 5,
    status: 'verified',
  },
  {
    name: '示范市卫生学校',
    level: '中职',
    district: D.haigang,
    profiles: ['nursing', 'tcm'],
    majors: [
      ['720201', 400],
      ['720601', 120],
      ['720402', 90, { opened: 2024 }],
      ['720404', 60, { opened: 2024 }],
      ['790301', 60, { opened: 2024 }],
    ],
    majorsSince: 1985,
    studentCount: 3200,
    trainingCapacity: 1500,
    tags: ['护理', '康复', '中医康复', '临床专家进课堂', '护士'],
    description:
      '示范市卫生学校是培养护理、康复、中医药类技术技能人才的公办中等职业学校。学校实施“临床专家进课堂”计划，从市第一医院、市中医医院等医疗机构聘请50名主任医师、护士长担任兼职教师，参与护理、康复技术等专业的课程建设和实践教学，使学生在校期间就能接触临床一线的新技术和新规范。',
    researchCount: 4,
    status: 'verified',
  },
  {
    name: '示范市职业技术学院',
    level: '高职',
    district: D.haigang,
    profiles: ['ecommerce', 'port', 'tourism', 'drones', 'equipment', 'agriFood'],
    majors: [
      ['530701', 200],
      ['530704', 150, { opened: 2021 }],
      ['530802', 120],
      ['540101', 100],
      ['540106', 90],
      ['460609', 80, { opened: 2018 }],
      ['460103', 100],
      ['490101', 80],
      ['510204', 90],
    ],
    majorsSince: 2002,
    studentCount: 9000,
    trainingCapacity: 5000,
    tags: ['创业孵化基地', '产教融合服务平台', '电子商务', '直播电商', '现代物流'],
    description:
      '示范市职业技术学院是综合性公办高职院校，市产教融合服务平台依托学院设立。学院建有职业教育创业孵化基地，提供场地、导师和政策支持；毕业生依托基地创办的短视频营销工作室，为本地中小企业提供短视频制作、直播带货等服务。学院普遍开设创业指导课程，每年开展创业培训数十场。',
    researchCount: 5,
    status: 'verified',
  },
  {
    name: '示范市职业技术学校',
    level: '中职',
    district: D.haigang,
    profiles: ['bakery', 'tourism', 'ecommerce'],
    majors: [
      ['740203', 120, { opened: 2010 }],
      ['740202', 60],
      ['740201', 80],
      ['740101', 60],
      ['730701', 80],
      ['730703', 50, { opened: 2024 }],
      ['790301', 40, { opened: 2024 }],
    ],
    majorsSince: 2008,
    studentCount: 2600,
    trainingCapacity: 1200,
    tags: ['订单班', '西式面点', '烘焙', '校企双元', '中餐烹饪'],
    description:
      '示范市职业技术学校是以现代服务类专业为主的公办中等职业学校。学校自2013年起与烘焙连锁企业共建西式面点订单班，企业参与制定人才培养方案，派西点师到校授课，学生从入学起就接受企业化培养，毕业即入职企业门店，已输送毕业生1500余名，其中九成成长为门店技术骨干或管理人员。',
    researchCount: 3,
    status: 'verified',
  },
  {
    name: '示范市技工学校',
    level: '技工',
    district: D.devZone,
    profiles: ['equipment', 'robotics', 'newMaterials'],
    majors: [
      ['660301', 180],
      ['460103', 120],
      ['460305', 100],
      ['460306', 90],
      ['660303', 80, { opened: 2024 }],
      ['700206', 60, { opened: 2024 }],
    ],
    majorsSince: 1992,
    studentCount: 2400,
    trainingCapacity: 2500,
    tags: ['技工教育', '数控', '焊接', '工业机器人', '技能大赛'],
    description:
      '示范市技工学校是人社部门主管的技工院校，开设中级工、高级工培养层次，面向装备制造园区培养数控、焊接、机电和工业机器人应用人才。学校承办市级职业技能大赛多个赛项，同时承担企业职工技能提升培训和职业技能等级认定。',
    researchCount: 3,
    status: 'verified',
  },
  {
    name: '示范市理工职业大学',
    level: '本科',
    district: D.devZone,
    profiles: ['equipment', 'robotics', 'drones', 'nursing', 'ecommerce'],
    majors: [
      ['460101', 180],
      ['460305', 150],
      ['510209', 120],
      ['260604', 60],
      ['320201', 150],
      ['330701', 120],
    ],
    majorsSince: 2021,
    studentCount: 12000,
    trainingCapacity: 4000,
    tags: ['职业本科', '贯通培养', '智能制造', '无人机', '工程实践'],
    description:
      '示范市理工职业大学是本科层次职业学校，与中高职院校开展贯通培养，学生在校重点开展工程实践和毕业设计，企业导师全程参与指导。毕业生大多进入装备制造园区的规上企业工作，成为技术骨干。',
    researchCount: 4,
    status: 'verified',
  },
  {
    name: '示范市抚宁区职业技术教育中心',
    level: '中职',
    district: D.funing,
    profiles: ['drones', 'agriFood', 'equipment'],
    majors: [
      ['660601', 60, { opened: 2024 }],
      ['660301', 120],
      ['730701', 60],
      ['710201', 90, { closed: 2024 }],
      ['660303', 40, { opened: 2024 }],
      ['730703', 40, { opened: 2024 }],
      ['700206', 40, { opened: 2024 }],
    ],
    majorsSince: 2001,
    studentCount: 1800,
    trainingCapacity: 900,
    tags: ['无人机操控与维护', '植保无人机', '机电技术', '新兴专业'],
    description:
      '抚宁区职业技术教育中心是区属公办中等职业学校。2024年新增无人机操控与维护专业，与本地无人机企业共建飞行训练场，开展植保飞防和航拍实训。',
    researchCount: 2,
    status: 'verified',
  },
  {
    name: '示范市昌黎县职业技术教育中心',
    level: '中职',
    district: D.changli,
    profiles: ['biopharma', 'agriFood', 'ecommerce'],
    majors: [
      ['670101', 60, { opened: 2024 }],
      ['730703', 60, { opened: 2024 }],
      ['740203', 40, { closed: 2024 }],
      ['710201', 80],
      ['700206', 40, { opened: 2024 }],
      ['790301', 40, { opened: 2024 }],
    ],
    majorsSince: 2003,
    studentCount: 2000,
    trainingCapacity: 1000,
    tags: ['生物制药工艺', '农产品加工', '直播电商', '葡萄酒'],
    description:
      '昌黎县职业技术教育中心是县属公办中等职业学校，新增生物制药工艺专业，与开发区生物医药企业开展工学交替培养；依托本地葡萄酒、果品产业开设农产品直播电商实训。',
    researchCount: 3,
    status: 'verified',
  },
  {
    name: '示范市青龙满族自治县职业技术教育中心',
    level: '中职',
    district: D.qinglong,
    profiles: ['tcm', 'ecommerce', 'tourism'],
    majors: [
      ['720402', 60, { opened: 2024 }],
      ['720404', 40, { opened: 2024 }],
      ['730701', 60],
      ['740101', 50],
      ['730703', 40, { opened: 2024 }],
      ['790301', 40, { opened: 2024 }],
    ],
    majorsSince: 2006,
    studentCount: 1500,
    trainingCapacity: 800,
    tags: ['中医康复技术', '中药', '中药材', '乡村振兴', '农村电商'],
    description:
      '青龙满族自治县职业技术教育中心是县属公办中等职业学校，新增中医康复技术专业，与县中医院、中药材种植企业合作开展实践教学，并面向农户开展中药材种植和农村电商培训。',
    researchCount: 2,
    status: 'verified',
  },
  {
    name: '示范市交通运输职业学校',
    level: '中职',
    district: D.haigang,
    profiles: ['port', 'equipment'],
    majors: [
      ['730801', 120],
      ['660301', 80],
      ['730701', 60],
      ['710201', 60, { closed: 2024 }],
      ['700206', 60, { opened: 2024 }],
      ['660601', 40, { opened: 2024 }],
    ],
    majorsSince: 1998,
    studentCount: 1700,
    trainingCapacity: 1000,
    tags: ['港口物流', '物流服务', '冷链', '叉车培训'],
    description:
      '示范市交通运输职业学校是面向港口物流和交通运输行业的中等职业学校，与港口、物流企业共建仓储实训中心，开展叉车、仓储作业等职业技能培训。',
    researchCount: 2,
    status: 'verified',
  },
  {
    name: '示范市卢龙县职业技术教育中心',
    level: '中职',
    district: D.lulong,
    profiles: ['agriFood', 'bakery', 'ecommerce'],
    majors: [
      ['740203', 40],
      ['730701', 50],
      ['660301', 60],
    ],
    majorsSince: 2005,
    studentCount: 1100,
    trainingCapacity: 600,
    tags: ['农产品加工', '中西面点', '农村电商'],
    description:
      '卢龙县职业技术教育中心是县属公办中等职业学校，开设中西面点、电子商务和机电技术应用专业，正在申请入驻产教融合服务平台。',
    researchCount: 1,
    status: 'pending',
  },
];
