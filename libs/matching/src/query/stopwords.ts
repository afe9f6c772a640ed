/**
 * Words of form boilerplate that say nothing about the expertise wanted. Term weights already
 * push common words down; these are common in postings yet rare in general text (so jieba's
 * IDF table would rate them highly).
 */
const STOPWORDS = new Set(
  `需要 希望 要求 寻找 寻求 招募 诚邀 邀请 公司 我们 我司 本公司 企业 单位 问题 进行 相关 经验 专家 老师
   老师傅 师傅 帮忙 帮助 解决 合作 提供 能够 可以 负责 具有 具备 熟悉 优先 左右 目前 现在 最近 一直 情况
   方面 工作 人员 项目 服务 有没有 一下 看看 以上 以下 一名 若干 欢迎 联系 咨询 请问 想要 想找 找个 找人
   谁能 哪位 急需 急招 长期 短期 期间 每天 每周 每月 时间 地点 待遇 面议 费用 预算 左右 大概 比较 非常
   主要 包括 以及 或者 还是 已经 没有 不能 不会 怎么 如何 什么 这个 那个 一些 有关 来说 方式 能力 良好
   优秀 专业 学生 一定 之间 之后 之前 通过 根据 按照 其他 其它 等等 希望能 帮忙看看 出现 发现 处理 支持 协助`.split(
    /\s+/,
  ),
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Numbers alone (10名 → 10, 0.5个百分点 → 0.5) would match codes and counts, never expertise. */
export function isNumberLike(word: string): boolean {
  return /^[\d.,%-]+$/.test(word);
}

/**
 * Role and rank words that jieba's general table rates as rare although every posting has
 * them: they name who, not what (数控车床操作工 is about 数控车床).
 */
const GENERIC_ROLES = new Set(
  `操作工 技术员 工程师 技师 高级技师 师傅 学徒 助理 专员 主管 经理 组长 班长 员工 工人 普工 技工
   讲师 教师 教授 研究员 顾问 负责人 骨干 人才 毕业生 实习生 技术人员 从业人员`.split(/\s+/),
);

export function isGenericRole(word: string): boolean {
  return GENERIC_ROLES.has(word);
}
