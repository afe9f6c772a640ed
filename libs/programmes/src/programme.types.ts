/** The programmes context's enums, apart from the entities: importing them pulls no TypeORM. */

/** The seven kinds of cooperation project (issue 12). */
export enum ProjectKind {
  /** 订单班 */
  OrderClass = 'order_class',
  /** 产业学院 */
  IndustryCollege = 'industry_college',
  /** 技术攻关 */
  RndProject = 'rnd_project',
  /** 教师企业实践 */
  TeacherPractice = 'teacher_practice',
  /** 企业兼职教师 */
  PartTimeTeaching = 'part_time_teaching',
  /** 技能大赛 */
  Competition = 'competition',
  /** 创业孵化 */
  Incubation = 'incubation',
}

export const PROJECT_KINDS = Object.values(ProjectKind);

/** planned → running → completed, or stopped (with a reason) from planned or running. */
export enum ProjectStatus {
  Planned = 'planned',
  Running = 'running',
  Completed = 'completed',
  Stopped = 'stopped',
}

export const PROJECT_STATUSES = Object.values(ProjectStatus);

/** What a partner is in the project: an enterprise or a college (organisations), or an expert. */
export enum PartnerType {
  Enterprise = 'enterprise',
  College = 'college',
  Expert = 'expert',
}

/** Reported by one side; confirmed by another side (a new report needs a new confirmation). */
export enum OutcomeStatus {
  Reported = 'reported',
  Confirmed = 'confirmed',
}
