import { addDays } from './dates';
import type { SeedCollege, SeedCollegeNeed } from './types';

type NeedKind = SeedCollegeNeed['kind'];

/** One need as a college's staff would fill the form; dates are days from `today`. */
interface NeedText {
  kind: NeedKind;
  title: string;
  description: string;
  industryCode: string;
  skills?: string[];
  tags?: string[];
  /** Kind-specific details; `start`/`end` become periodStart/periodEnd. */
  details: Record<string, unknown>;
  start?: number;
  end?: number;
  deadlineIn: number | null;
  publishedDaysAgo: number;
}

const TERM = '2026-2027学年第二学期';

/**
 * Each demo college's needs: a part-time teacher, enterprise mentors, an internship base and a
 * co-building partner, in the words of its own staff (some terse, some long, one in a hurry).
 */
const NEEDS: Record<string, NeedText[]> = {
  'col-01': [
    {
      kind: 'part_time_teacher',
      title: '急需光伏玻璃深加工方向兼职教师',
      description:
        '下学期《玻璃深加工技术》《镀膜工艺》两门课缺老师，原来的企业老师调走了。希望是一线干过钢化、镀膜的工程师，每周能来两个下午，课时费按学校标准。',
      industryCode: '3042',
      skills: ['钢化', '镀膜', '玻璃深加工'],
      details: { courses: ['玻璃深加工技术', '镀膜工艺'], hours: 64, term: TERM, teachers: 2 },
      deadlineIn: 40,
      publishedDaysAgo: 6,
    },
    {
      kind: 'enterprise_mentor',
      title: '材料工程技术专业毕业设计企业导师',
      description: '毕业设计想做真题真做，请企业出题目，一个导师带5-8个学生。',
      industryCode: '30',
      skills: ['玻璃配方', '窑炉'],
      details: {
        projects: ['浮法玻璃成分优化', '窑炉节能改造方案', '光伏玻璃减反膜性能测试'],
        purpose: 'graduation_project',
        students: 36,
      },
      start: 20,
      end: 190,
      deadlineIn: 25,
      publishedDaysAgo: 12,
    },
    {
      kind: 'internship_base',
      title: '工业机器人、机电专业顶岗实习基地',
      description:
        '我院工业机器人技术、机电一体化技术两个专业明年3月开始岗位实习，时间4个月左右，学校派带队老师，学生买了实习责任险。希望企业有自动化产线，能安排轮岗。',
      industryCode: '34',
      skills: ['工业机器人', '自动化产线'],
      details: { places: 60, majorCodes: ['460305', '460301'] },
      start: 92,
      end: 212,
      deadlineIn: 60,
      publishedDaysAgo: 3,
    },
    {
      kind: 'co_building',
      title: '寻找光伏企业共建光伏玻璃实训基地',
      description: '学院想把现有玻璃实训车间升级成光伏玻璃生产性实训基地。',
      industryCode: '3042',
      tags: ['光伏玻璃', '产教融合'],
      details: {
        type: 'training_base',
        coBuilt: '光伏玻璃生产性实训基地',
        collegeBrings: '实训车间1600平方米，现有钢化炉1台，材料类专业在校生900余人，双师型教师30人',
        seeks: '光伏玻璃镀膜、钢化设备投入或捐赠，企业真实订单，工程师驻校指导',
      },
      deadlineIn: 120,
      publishedDaysAgo: 20,
    },
  ],
  'col-02': [
    {
      kind: 'part_time_teacher',
      title: '聘护理专业临床兼职教师',
      description: '需要有ICU或急诊经验的护士长、主管护师来上实训课，最好能带技能大赛。',
      industryCode: '84',
      skills: ['急危重症护理', '护理技能大赛'],
      details: { courses: ['急危重症护理', '护理技能实训'], hours: 48, term: TERM },
      deadlineIn: 30,
      publishedDaysAgo: 9,
    },
    {
      kind: 'enterprise_mentor',
      title: '康复技术专业实训指导老师（医院/康复机构）',
      description: '学生下学期有8周集中实训，想请康复机构的治疗师做导师。',
      industryCode: '84',
      skills: ['康复治疗', '运动疗法'],
      details: {
        projects: ['脑卒中患者康复训练', '老年人跌倒预防评估'],
        purpose: 'practice',
        students: 40,
      },
      start: 75,
      end: 131,
      deadlineIn: 45,
      publishedDaysAgo: 15,
    },
    {
      kind: 'internship_base',
      title: '护理专业实习医院',
      description: '护理专业实习10个月，需要二级以上医院，能提供带教老师和住宿优先。',
      industryCode: '84',
      details: { places: 120, majorCodes: ['720201'] },
      start: 200,
      end: 500,
      deadlineIn: 90,
      publishedDaysAgo: 2,
    },
    {
      kind: 'co_building',
      title: '共建康养护理产业学院',
      description:
        '老龄化越来越明显，学校想和养老、康复机构合作办一个康养产业学院，订单培养养老护理员和康复技师。',
      industryCode: '85',
      tags: ['康养', '养老护理'],
      details: {
        type: 'industry_college',
        coBuilt: '康养护理产业学院',
        collegeBrings: '护理、康复技术专业，实训楼一层（约900平米），每年毕业生500人左右',
        seeks: '养老机构或医院作为合作方，提供岗位、带教老师，共同开发课程',
      },
      deadlineIn: null,
      publishedDaysAgo: 33,
    },
  ],
  'col-03': [
    {
      kind: 'part_time_teacher',
      title: '直播电商实战课兼职老师',
      description: '要真做过直播带货的，能讲选品、话术、投流。',
      industryCode: '52',
      skills: ['直播带货', '投流', '选品'],
      details: { courses: ['直播电商实务'], hours: 32, term: TERM },
      deadlineIn: 21,
      publishedDaysAgo: 4,
    },
    {
      kind: 'enterprise_mentor',
      title: '物流管理专业企业导师',
      description:
        '现代物流管理专业大二学生，想请港口或物流企业的主管带项目，题目可以企业定，最好跟仓储、港口集疏运有关。',
      industryCode: '59',
      skills: ['仓储管理', '港口物流'],
      details: {
        projects: ['港口集装箱堆场优化', '电商仓配一体化流程设计'],
        purpose: 'both',
        students: 25,
      },
      start: 30,
      end: 200,
      deadlineIn: 35,
      publishedDaysAgo: 10,
    },
    {
      kind: 'internship_base',
      title: '无人机、数控专业实习企业',
      description: '无人机应用技术和数控技术两个专业，每个专业十几个学生，寒假后出去实习。',
      industryCode: '39',
      skills: ['无人机', '数控加工'],
      details: { places: 30, majorCodes: ['460609', '460103'] },
      start: 80,
      end: 170,
      deadlineIn: 50,
      publishedDaysAgo: 7,
    },
    {
      kind: 'co_building',
      title: '共建跨境电商产业学院',
      description: '想找有跨境业务的电商企业一起办产业学院，学生可以直接进企业项目组。',
      industryCode: '52',
      tags: ['跨境电商', '产业学院'],
      details: {
        type: 'industry_college',
        coBuilt: '跨境电商产业学院',
        collegeBrings: '电子商务、网络营销与直播电商专业，直播实训室6间，在校生700人',
        seeks: '真实店铺运营项目、企业讲师、就业岗位',
      },
      deadlineIn: 100,
      publishedDaysAgo: 26,
    },
  ],
  'col-04': [
    {
      kind: 'part_time_teacher',
      title: '中西面点兼职老师',
      description: '面包房或酒店的面点师傅，教裱花和欧式面包，周二周四下午。',
      industryCode: '14',
      skills: ['裱花', '欧式面包'],
      details: { courses: ['西点裱花', '欧式面包制作'], hours: 72, term: TERM },
      deadlineIn: 28,
      publishedDaysAgo: 5,
    },
    {
      kind: 'enterprise_mentor',
      title: '烹饪专业技能大赛企业指导',
      description: '学生要参加省赛，需要酒店大厨指导热菜和冷拼。',
      industryCode: '62',
      skills: ['热菜', '冷拼'],
      details: {
        projects: ['省职业技能大赛中餐热菜', '冷拼造型'],
        purpose: 'practice',
        students: 8,
      },
      start: 15,
      end: 120,
      deadlineIn: 14,
      publishedDaysAgo: 2,
    },
    {
      kind: 'internship_base',
      title: '酒店、西餐厅实习岗位',
      description:
        '西餐烹饪专业二年级实习，最好是星级酒店或连锁西餐厅，包食宿。学生年纪小，希望有专人带。',
      industryCode: '62',
      details: { places: 20, majorCodes: ['740202'] },
      start: 100,
      end: 280,
      deadlineIn: 70,
      publishedDaysAgo: 11,
    },
    {
      kind: 'co_building',
      title: '校企共建烘焙实训室',
      description: '学校有场地，缺设备，想和烘焙企业合作建一个对外也能营业的实训店。',
      industryCode: '14',
      tags: ['烘焙', '生产性实训'],
      details: {
        type: 'training_base',
        coBuilt: '烘焙生产性实训店',
        collegeBrings: '临街门面约200平方米，中西面点专业学生150人，专业老师6人',
        seeks: '烤箱、醒发箱等设备，产品配方和品牌，门店管理人员',
      },
      deadlineIn: 90,
      publishedDaysAgo: 18,
    },
  ],
  'col-05': [
    {
      kind: 'part_time_teacher',
      title: '电工、PLC实训兼职教师',
      description: '技工学校，要求有电工证或技师证，能教PLC和变频器实训。',
      industryCode: '38',
      skills: ['PLC', '变频器', '电工'],
      details: { courses: ['PLC控制技术', '电机与变频调速'], hours: 96, term: TERM, teachers: 2 },
      deadlineIn: 30,
      publishedDaysAgo: 8,
    },
    {
      kind: 'enterprise_mentor',
      title: '数控专业学徒制企业师傅',
      description: '现代学徒制试点班，每个师傅带3-4个徒弟，在企业车间轮岗。',
      industryCode: '34',
      skills: ['数控车', '加工中心'],
      details: {
        projects: ['数控车床零件加工', '加工中心编程'],
        purpose: 'practice',
        students: 24,
      },
      start: 40,
      end: 300,
      deadlineIn: 40,
      publishedDaysAgo: 14,
    },
    {
      kind: 'internship_base',
      title: '开发区装备制造企业实习',
      description: '机电、数控、电气自动化三个专业，经开区内的企业优先，学生可以坐通勤车。',
      industryCode: '34',
      details: { places: 80, majorCodes: ['660301', '460103', '460306'] },
      start: 95,
      end: 215,
      deadlineIn: 60,
      publishedDaysAgo: 6,
    },
    {
      kind: 'co_building',
      title: '共建智能制造实训中心',
      description: '',
      industryCode: '34',
      tags: ['智能制造'],
      details: {
        type: 'training_base',
        coBuilt: '智能制造公共实训中心',
        collegeBrings: '场地2000平米，机电专业群',
        seeks: '工业机器人工作站、数控设备，企业培训项目',
      },
      deadlineIn: 150,
      publishedDaysAgo: 40,
    },
  ],
  'col-06': [
    {
      kind: 'part_time_teacher',
      title: '人工智能技术应用专业兼职教师（计算机视觉方向）',
      description:
        '本科层次职业大学，人工智能专业需要企业工程师讲机器视觉项目课，要求有工业视觉检测项目经验，硕士优先，可以线上线下结合。',
      industryCode: '65',
      skills: ['机器视觉', '深度学习', 'Python'],
      details: { courses: ['机器视觉应用开发', '深度学习项目实践'], hours: 64, term: TERM },
      deadlineIn: 35,
      publishedDaysAgo: 5,
    },
    {
      kind: 'enterprise_mentor',
      title: '机械设计专业毕业设计校外导师',
      description: '需要机械设计方向的工程师做校外导师，题目来自企业实际。',
      industryCode: '34',
      skills: ['机械设计', 'SolidWorks'],
      details: {
        projects: ['自动上下料机构设计', '焊接工装夹具设计', '小型无人机机架结构优化'],
        purpose: 'graduation_project',
        students: 45,
      },
      start: 25,
      end: 195,
      deadlineIn: 30,
      publishedDaysAgo: 9,
    },
    {
      kind: 'internship_base',
      title: '工业机器人专业实习基地（本科）',
      description: '职业本科学生，希望能参与调试和集成，不要只是流水线普工岗位。',
      industryCode: '34',
      skills: ['机器人调试', '系统集成'],
      details: { places: 25, majorCodes: ['460305'] },
      start: 110,
      end: 230,
      deadlineIn: 75,
      publishedDaysAgo: 13,
    },
    {
      kind: 'co_building',
      title: '共建人工智能产业学院',
      description: '学校申报了市级产业学院，需要一家牵头企业。',
      industryCode: '65',
      tags: ['人工智能', '产业学院'],
      details: {
        type: 'industry_college',
        coBuilt: '人工智能应用产业学院',
        collegeBrings: 'GPU实训平台、人工智能和计算机两个专业、省级教学团队',
        seeks: '行业项目和数据、企业导师、联合申报项目',
      },
      deadlineIn: 60,
      publishedDaysAgo: 22,
    },
  ],
  'col-07': [
    {
      kind: 'part_time_teacher',
      title: '无人机操控兼职教练',
      description: '有执照的无人机飞手，教学生考证，周末也可以。',
      industryCode: '39',
      skills: ['无人机操控', '无人机执照'],
      details: { courses: ['多旋翼无人机操控'], hours: 40, term: TERM },
      deadlineIn: 20,
      publishedDaysAgo: 3,
    },
    {
      kind: 'enterprise_mentor',
      title: '电商专业农产品直播项目指导',
      description: '学生帮本地果农卖板栗、苹果，需要电商公司的人来指导运营。',
      industryCode: '52',
      skills: ['农产品电商', '直播运营'],
      details: {
        projects: ['抚宁板栗直播销售', '农产品短视频'],
        purpose: 'practice',
        students: 30,
      },
      start: 10,
      end: 100,
      deadlineIn: 15,
      publishedDaysAgo: 4,
    },
    {
      kind: 'internship_base',
      title: '计算机应用专业实习单位',
      description: '中职学生，岗位可以是网管、数据录入、电脑维修等。',
      industryCode: '65',
      details: { places: 15, majorCodes: ['710201'] },
      start: 120,
      end: 210,
      deadlineIn: 80,
      publishedDaysAgo: 16,
    },
    {
      kind: 'co_building',
      title: '合作共建农机维修实训基地',
      description: '区里农业机械多，修的人少，想和农机企业一起建维修实训基地。',
      industryCode: '35',
      tags: ['农机维修'],
      details: {
        type: 'training_base',
        coBuilt: '农机维修实训基地',
        collegeBrings: '机电技术应用专业，旧厂房一处',
        seeks: '农机设备和配件、维修技师授课、考取农机维修证书的培训合作',
      },
      deadlineIn: 110,
      publishedDaysAgo: 30,
    },
  ],
  'col-08': [
    {
      kind: 'part_time_teacher',
      title: '生物制药工艺兼职老师',
      description: '要药厂车间做过GMP的技术员或QA，讲制剂生产和质量管理。',
      industryCode: '27',
      skills: ['GMP', '制剂生产', '质量管理'],
      details: { courses: ['药物制剂生产', 'GMP实务'], hours: 56, term: TERM },
      deadlineIn: 30,
      publishedDaysAgo: 7,
    },
    {
      kind: 'enterprise_mentor',
      title: '葡萄酒产区直播电商项目企业导师',
      description: '昌黎葡萄酒多，直播电商专业想跟酒庄合作做项目，需要酒庄的营销负责人带学生。',
      industryCode: '15',
      skills: ['葡萄酒营销', '直播运营'],
      details: {
        projects: ['酒庄直播间搭建', '葡萄酒短视频内容'],
        purpose: 'practice',
        students: 20,
      },
      start: 20,
      end: 140,
      deadlineIn: 25,
      publishedDaysAgo: 8,
    },
    {
      kind: 'internship_base',
      title: '中西面点专业实习（昌黎及周边）',
      description: '面包房、蛋糕店、食品厂都行，离县城近一点。',
      industryCode: '14',
      details: { places: 18, majorCodes: ['740203'] },
      start: 105,
      end: 195,
      deadlineIn: 65,
      publishedDaysAgo: 12,
    },
    {
      kind: 'co_building',
      title: '与药企共建制药实训车间',
      description: '',
      industryCode: '27',
      tags: ['制药', 'GMP'],
      details: {
        type: 'training_base',
        coBuilt: '模拟GMP制药实训车间',
        collegeBrings: '生物制药工艺专业，实验楼两层可改造',
        seeks: '制剂设备、GMP车间设计指导、实习就业岗位',
      },
      deadlineIn: 130,
      publishedDaysAgo: 35,
    },
  ],
  'col-09': [
    {
      kind: 'part_time_teacher',
      title: '中医康复技术兼职教师（推拿、针灸）',
      description: '县中医院或康复理疗馆的医师都可以，讲推拿手法和针灸，学生实操多。',
      industryCode: '84',
      skills: ['推拿', '针灸', '中医康复'],
      details: { courses: ['推拿技术', '针灸技术'], hours: 60, term: TERM },
      deadlineIn: 35,
      publishedDaysAgo: 6,
    },
    {
      kind: 'enterprise_mentor',
      title: '旅游专业满族民俗研学项目导师',
      description: '想请景区或旅行社的人带学生设计研学线路，青龙本地的最好。',
      industryCode: '72',
      skills: ['研学旅行', '线路设计'],
      details: {
        projects: ['满族民俗研学线路设计', '祖山景区讲解词'],
        purpose: 'practice',
        students: 22,
      },
      start: 30,
      end: 150,
      deadlineIn: 30,
      publishedDaysAgo: 10,
    },
    {
      kind: 'internship_base',
      title: '旅游服务专业景区实习基地',
      description: '暑期旺季实习，景区、酒店、民宿都可以，要能管住宿。',
      industryCode: '78',
      details: { places: 30, majorCodes: ['740101'] },
      start: 190,
      end: 260,
      deadlineIn: 100,
      publishedDaysAgo: 5,
    },
    {
      kind: 'co_building',
      title: '共建中药材种植加工实训基地',
      description:
        '青龙种中药材的多，学校想和中药材企业一起建种植加工基地，学生学技术、农户也能来培训。',
      industryCode: '01',
      tags: ['中药材', '乡村振兴'],
      details: {
        type: 'training_base',
        coBuilt: '中药材种植与初加工实训基地',
        collegeBrings: '中药、中医康复技术专业，学校试验田20亩',
        seeks: '种苗和加工设备、技术员指导、收购渠道',
      },
      deadlineIn: 140,
      publishedDaysAgo: 28,
    },
  ],
  'col-10': [
    {
      kind: 'part_time_teacher',
      title: '物流专业兼职教师（仓储与冷链）',
      description: '需要物流公司仓储主管或冷链运营人员，讲仓储管理和冷链，能带学生去现场更好。',
      industryCode: '59',
      skills: ['仓储管理', '冷链物流', 'WMS'],
      details: { courses: ['仓储作业管理', '冷链物流实务'], hours: 64, term: TERM },
      deadlineIn: 30,
      publishedDaysAgo: 4,
    },
    {
      kind: 'enterprise_mentor',
      title: '汽车机电方向企业师傅',
      description: '机电技术应用专业学生到维修厂跟岗，需要维修技师做师傅。',
      industryCode: '81',
      skills: ['汽车维修', '汽车电工'],
      details: {
        projects: ['汽车电路故障诊断', '新能源汽车保养'],
        purpose: 'practice',
        students: 16,
      },
      start: 35,
      end: 160,
      deadlineIn: 30,
      publishedDaysAgo: 11,
    },
    {
      kind: 'internship_base',
      title: '物流专业港口、快递企业实习',
      description: '物流服务与管理专业实习，港口、快递分拣中心、第三方物流都可以，能倒班。',
      industryCode: '59',
      details: { places: 50, majorCodes: ['730801'] },
      start: 95,
      end: 185,
      deadlineIn: 55,
      publishedDaysAgo: 9,
    },
    {
      kind: 'co_building',
      title: '共建港口物流产业学院',
      description: '学校交通物流专业有基础，想跟港口集团或大物流企业共建产业学院，搞订单班。',
      industryCode: '55',
      tags: ['港口物流', '订单班'],
      details: {
        type: 'industry_college',
        coBuilt: '港口物流产业学院',
        collegeBrings: '物流服务与管理专业、物流实训中心（含自动化立体库）',
        seeks: '订单班合作、港口真实岗位实习、企业兼职教师',
      },
      deadlineIn: 90,
      publishedDaysAgo: 24,
    },
  ],
  'col-11': [
    {
      kind: 'part_time_teacher',
      title: '电商美工兼职老师',
      description: '会PS、做主图详情页就行。',
      industryCode: '52',
      skills: ['美工', 'PS'],
      details: { courses: ['网店美工'], hours: 36, term: TERM },
      deadlineIn: 30,
      publishedDaysAgo: 0,
    },
    {
      kind: 'enterprise_mentor',
      title: '面点专业企业导师',
      description: '想请本地糕点厂师傅带学生。',
      industryCode: '14',
      details: { projects: ['传统糕点制作'], purpose: 'practice', students: 12 },
      start: 40,
      end: 130,
      deadlineIn: 40,
      publishedDaysAgo: 0,
    },
    {
      kind: 'internship_base',
      title: '机电专业实习企业',
      description: '卢龙县及周边的机械加工企业。',
      industryCode: '34',
      details: { places: 15, majorCodes: ['660301'] },
      start: 120,
      end: 210,
      deadlineIn: 80,
      publishedDaysAgo: 0,
    },
    {
      kind: 'co_building',
      title: '共建粉丝加工电商实训基地',
      description: '卢龙粉丝有名，想和粉丝加工企业一起做电商实训。',
      industryCode: '13',
      tags: ['粉丝', '农产品电商'],
      details: {
        type: 'training_base',
        coBuilt: '农产品电商实训基地',
        collegeBrings: '电子商务专业，机房两间',
        seeks: '产品和货源、直播运营指导',
      },
      deadlineIn: 120,
      publishedDaysAgo: 0,
    },
  ],
};

export function collegeNeedKey(collegeKey: string, index: number): string {
  return `need-${collegeKey}-${index + 1}`;
}

/**
 * Every demo college's needs of the four kinds. Open for verified colleges; the pending one only
 * drafts (an unverified college cannot publish).
 */
export function buildCollegeNeeds(colleges: SeedCollege[], today: string): SeedCollegeNeed[] {
  return colleges.flatMap((college) =>
    (NEEDS[college.key] ?? []).map((n, i): SeedCollegeNeed => {
      const period =
        n.start !== undefined && n.end !== undefined
          ? { periodStart: addDays(today, n.start), periodEnd: addDays(today, n.end) }
          : {};
      return {
        key: collegeNeedKey(college.key, i),
        collegeKey: college.key,
        kind: n.kind,
        title: n.title,
        description: n.description,
        industryCode: n.industryCode,
        district: college.district,
        tags: n.tags ?? [],
        skills: n.skills ?? [],
        deadline: n.deadlineIn === null ? null : addDays(today, n.deadlineIn),
        details: { ...n.details, ...period },
        status: college.status === 'verified' ? 'open' : 'draft',
        publishedDaysAgo: n.publishedDaysAgo,
      };
    }),
  );
}

/** A match on a college need in the demo: the college is the owner. */
export interface SeedNeedConnection {
  key: string;
  needKey: string;
  collegeKey: string;
  candidate: { expertKey: string } | { enterpriseKey: string };
  initiatedBy: 'owner' | 'candidate';
  status: 'pending' | 'connected' | 'declined';
  declineReason: 'not_a_fit' | 'capacity_full' | 'timing' | 'budget' | null;
  message: string;
  createdDaysAgo: number;
  respondedDaysAgo: number | null;
}

/**
 * A few matches on college needs, so that the demo logins see both directions: col-01 has
 * invited exp-001 (光伏玻璃, pending: log in as exp001 to answer) and ent-001 (pending), and
 * connected with ent-001 on its co-building need; ent-002 waits for col-04's answer.
 */
export const NEED_CONNECTIONS: SeedNeedConnection[] = [
  {
    key: 'nconn-01',
    needKey: collegeNeedKey('col-01', 0),
    collegeKey: 'col-01',
    candidate: { expertKey: 'exp-001' },
    initiatedBy: 'owner',
    status: 'pending',
    declineReason: null,
    message:
      '彭老师您好，看到您做过多年光伏玻璃镀膜，想请您下学期来给学生上《镀膜工艺》，课时可以商量。',
    createdDaysAgo: 2,
    respondedDaysAgo: null,
  },
  {
    key: 'nconn-02',
    needKey: collegeNeedKey('col-01', 2),
    collegeKey: 'col-01',
    candidate: { enterpriseKey: 'ent-001' },
    initiatedBy: 'owner',
    status: 'pending',
    declineReason: null,
    message: '贵公司产线自动化程度高，明年3月能否接收我院机器人专业学生顶岗实习？',
    createdDaysAgo: 1,
    respondedDaysAgo: null,
  },
  {
    key: 'nconn-03',
    needKey: collegeNeedKey('col-01', 3),
    collegeKey: 'col-01',
    candidate: { enterpriseKey: 'ent-001' },
    initiatedBy: 'candidate',
    status: 'connected',
    declineReason: null,
    message: '我们有一台旧钢化炉可以捐给学校，也愿意派工程师驻校，约个时间详谈。',
    createdDaysAgo: 15,
    respondedDaysAgo: 12,
  },
  {
    key: 'nconn-04',
    needKey: collegeNeedKey('col-04', 3),
    collegeKey: 'col-04',
    candidate: { enterpriseKey: 'ent-002' },
    initiatedBy: 'candidate',
    status: 'pending',
    declineReason: null,
    message: '我们做了二十年糕点，可以提供配方和师傅，实训店能不能用我们的牌子？',
    createdDaysAgo: 3,
    respondedDaysAgo: null,
  },
  {
    key: 'nconn-05',
    needKey: collegeNeedKey('col-04', 0),
    collegeKey: 'col-04',
    candidate: { expertKey: 'exp-008' },
    initiatedBy: 'candidate',
    status: 'connected',
    declineReason: null,
    message: '周二周四下午都有空，裱花和欧包都能教。',
    createdDaysAgo: 4,
    respondedDaysAgo: 3,
  },
  {
    key: 'nconn-06',
    needKey: collegeNeedKey('col-03', 0),
    collegeKey: 'col-03',
    candidate: { expertKey: 'exp-020' },
    initiatedBy: 'owner',
    status: 'declined',
    declineReason: 'timing',
    message: '戴老师好，想请您来讲直播电商实务，32学时。',
    createdDaysAgo: 4,
    respondedDaysAgo: 2,
  },
];
