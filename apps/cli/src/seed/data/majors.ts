/**
 * Majors the demo city's colleges teach and its enterprises ask for, by name. Every one is in the
 * reference catalogue (@app/reference, 职业教育专业目录 2021), some with a code it marks unverified.
 */
export interface SeedMajor {
  code: string;
  name: string;
  level: '中职' | '高职' | '本科';
}

const MAJORS = [
  // 能源动力与材料
  { code: '430304', name: '光伏工程技术', level: '高职' },
  { code: '430601', name: '材料工程技术', level: '高职' },
  { code: '430701', name: '建筑材料工程技术', level: '高职' },
  { code: '430702', name: '建筑材料检测技术', level: '高职' },
  { code: '430703', name: '新型建筑材料技术', level: '高职' },
  // 装备制造
  { code: '460101', name: '机械设计与制造', level: '高职' },
  { code: '460103', name: '数控技术', level: '高职' },
  { code: '460301', name: '机电一体化技术', level: '高职' },
  { code: '460303', name: '智能控制技术', level: '高职' },
  { code: '460305', name: '工业机器人技术', level: '高职' },
  { code: '460306', name: '电气自动化技术', level: '高职' },
  { code: '460501', name: '船舶工程技术', level: '高职' },
  { code: '460609', name: '无人机应用技术', level: '高职' },
  { code: '460701', name: '汽车制造与试验技术', level: '高职' },
  { code: '660301', name: '机电技术应用', level: '中职' },
  { code: '660303', name: '工业机器人技术应用', level: '中职' },
  { code: '660601', name: '无人机操控与维护', level: '中职' },
  { code: '700206', name: '新能源汽车运用与维修', level: '中职' },
  { code: '260604', name: '无人机系统应用技术', level: '本科' },
  // 农林牧渔、食品药品
  { code: '410101', name: '作物生产与经营管理', level: '高职' },
  { code: '410401', name: '水产养殖技术', level: '高职' },
  { code: '490101', name: '食品智能加工技术', level: '高职' },
  { code: '490102', name: '食品质量与安全', level: '高职' },
  { code: '490201', name: '药品生产技术', level: '高职' },
  { code: '670101', name: '生物制药工艺', level: '中职' },
  // 电子信息
  { code: '510102', name: '物联网应用技术', level: '高职' },
  { code: '510204', name: '数字媒体技术', level: '高职' },
  { code: '510209', name: '人工智能技术应用', level: '高职' },
  { code: '710201', name: '计算机应用', level: '中职' },
  // 医药卫生
  { code: '520201', name: '护理', level: '高职' },
  { code: '520202', name: '助产', level: '高职' },
  { code: '520301', name: '药学', level: '高职' },
  { code: '520601', name: '康复治疗技术', level: '高职' },
  { code: '520604', name: '中医康复技术', level: '高职' },
  { code: '520801', name: '健康管理', level: '高职' },
  { code: '590302', name: '智慧健康养老服务与管理', level: '高职' },
  { code: '720201', name: '护理', level: '中职' },
  { code: '720402', name: '中医康复技术', level: '中职' },
  { code: '720404', name: '中药', level: '中职' },
  { code: '720601', name: '康复技术', level: '中职' },
  { code: '790301', name: '智慧健康养老服务', level: '中职' },
  { code: '320201', name: '护理', level: '本科' },
  // 财经商贸、交通运输
  { code: '500301', name: '航海技术', level: '高职' },
  { code: '530701', name: '电子商务', level: '高职' },
  { code: '530702', name: '跨境电子商务', level: '高职' },
  { code: '530704', name: '网络营销与直播电商', level: '高职' },
  { code: '530802', name: '现代物流管理', level: '高职' },
  { code: '530805', name: '冷链物流技术与管理', level: '高职' },
  { code: '730701', name: '电子商务', level: '中职' },
  { code: '730703', name: '直播电商服务', level: '中职' },
  { code: '730801', name: '物流服务与管理', level: '中职' },
  { code: '330701', name: '电子商务', level: '本科' },
  // 旅游
  { code: '540101', name: '旅游管理', level: '高职' },
  { code: '540106', name: '酒店管理与数字化运营', level: '高职' },
  { code: '540202', name: '烹饪工艺与营养', level: '高职' },
  { code: '540203', name: '中西面点工艺', level: '高职' },
  { code: '740101', name: '旅游服务与管理', level: '中职' },
  { code: '740201', name: '中餐烹饪', level: '中职' },
  { code: '740202', name: '西餐烹饪', level: '中职' },
  { code: '740203', name: '中西面点', level: '中职' },
] as const satisfies readonly SeedMajor[];

export type MajorCode = (typeof MAJORS)[number]['code'];

export const SEED_MAJORS: readonly SeedMajor[] = MAJORS;

const byCode = new Map<string, SeedMajor>(MAJORS.map((m) => [m.code, m]));

export function seedMajor(code: MajorCode): SeedMajor {
  const major = byCode.get(code);
  if (!major) throw new RangeError(`Unknown seed major ${code}`);
  return major;
}
