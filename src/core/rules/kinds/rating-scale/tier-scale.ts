/** A tier of a list (read-tiers.ts): its normalised condition is all tier-scale needs. */
export interface TierCondition {
  readonly condition: string;
}

/** A quality word or grade label closing a condition: 优秀, 良好, 一般, 差, A类, 二档, 三等… */
const QUALITY =
  /(?:优秀|良好|较好|优|良|好|一般|中等|合格|及格|不合格|不及格|较差|差|满意|基本满意|不满意|非常满意|比较满意|[A-D](?:类|等|级|档)?|[1-5一二三四五](?:类|等|档|级|星)|[甲乙丙丁](?:等|级|类))(?:等次|等级|档次|档|级)?$/;
/** A figure with what it measures: 90%, 前5名, 6-10名, 3天, 1个月, 20个工作日. */
const MEASURED = /\d+(?:\.\d+)?(%|个百分点|名|位|个工作日|工作日|个月|月|天|日|小时|周|次|件|项|条|篇|处)/g;
const TIME = /^(?:个工作日|工作日|个月|月|天|日|小时|周)$/;
const BELOW_WORDS = /少于|不足|低于|以下|未达到|未达|不到/;
const ABOVE_WORDS = /以上|达到|超过|高于|不少于|不低于/;
/** The last tier may be "the rest": 其余得2分. */
export const REST = /^(?:其余|其他|其它|余下|剩余|以外|之外)/;

/** A tier's condition without its figures and the words that compare them: what else it says. */
function residue(condition: string): string {
  return condition
    .replace(/(?:此项|该项|本项)$/, "")
    .replace(/(?:\d+(?:\.\d+)?%?(?:-|~|至|到|—|–))?\d+(?:\.\d+)?/g, "")
    .replace(
      /%|个百分点|个工作日|工作日|个月|小时|\(含\)|\(不含\)|及以上|及以下|以上|以下|以后|以内|以外|之后|排名|名次|位次|倒数|超过|不足|低于|高于|达到|不少于|不低于|少于|多于|小于|大于|未达到|未达|[达第前后含及的名位月天日周次件项条篇处]/g,
      "",
    );
}

/**
 * What the tiers' conditions measure: "quality" (each a distinct quality word
 * or grade), a unit ("%", "名", "天"…) every tier gives a figure of, or
 * undefined when they are not one scale.
 */
export function scaleOf(tiers: readonly TierCondition[]): string | undefined {
  const [first, ...rest] = tiers;
  if (first === undefined) return undefined;
  // Later tiers restate only the level: 良好的, 6-10名, 2天; a long condition is a rule of its own.
  if (rest.some((t) => t.condition.length > 12)) return undefined;
  if (tiers.every((t) => QUALITY.test(t.condition))) {
    const words = tiers.map((t) => QUALITY.exec(t.condition)?.[0]);
    return new Set(words).size === tiers.length ? "quality" : undefined;
  }
  const units = new Set<string>();
  const figures = new Set<string>();
  for (const [i, t] of tiers.entries()) {
    const measured = [...t.condition.matchAll(MEASURED)];
    if (measured.length === 0) {
      if (i === tiers.length - 1 && i > 0 && REST.test(t.condition)) continue;
      return undefined;
    }
    for (const m of measured) {
      // "超过2周扣0.5分，超过1个月扣1分": spans of time are one scale, whatever their unit.
      if (m[1] !== undefined) units.add(TIME.test(m[1]) ? "time" : m[1]);
      figures.add(m[0]);
    }
  }
  const [unit] = [...units];
  // "达到15条(含15条)以上的,计50分;少于15条的,计0分": one figure, both sides of it.
  const bothSides = tiers.some((t) => BELOW_WORDS.test(t.condition)) && tiers.some((t) => ABOVE_WORDS.test(t.condition));
  if (units.size !== 1 || (figures.size < 2 && !bothSides)) return undefined;
  // "在省级媒体刊发2篇得2分，在市级媒体刊发3篇得1分": other words than the figure, two rules — not tiers of one.
  // The first tier may carry the lead-in ("网站首页更新不及时,超过2周未更新"): a later tier's words end it.
  const firstWords = residue(first.condition);
  const oneScale = rest.every((t, i) => (REST.test(t.condition) && i === rest.length - 1) || firstWords.endsWith(residue(t.condition)));
  return oneScale ? unit : undefined;
}

const COUNTED = /^(?:次|件|项|条|篇|处)$/;

/**
 * "发现1处扣1分，3处以上扣3分": counts with a gap — is 2处 one tier, or 1 per 处? —
 * are not sure; "迟报1次扣0.5分，迟报2次扣1分，迟报3次以上不得分" names every count.
 */
export function countsSkip(tiers: readonly TierCondition[], unit: string): boolean {
  if (!COUNTED.test(unit)) return false;
  const figures = tiers.flatMap((t) => {
    const m = new RegExp(`(\\d+)${unit}`).exec(t.condition);
    return m?.[1] === undefined ? [] : [Number(m[1])];
  });
  // Starting from a single occurrence they count; "少于10条…少于5条" are thresholds of a quantity.
  return figures[0] === 1 && figures.some((f, i) => i > 0 && f !== (figures[i - 1] ?? 0) + 1);
}
