/**
 * The vocabulary of cooperation projects. Programmes owns the projects; search filters them and
 * the city's figures count them by kind, so the words live here, with the other shared reference
 * data, rather than in a context those two cannot depend on.
 */

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
