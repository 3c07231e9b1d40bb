/** Pieces of the rule-text patterns, shared by the clause kinds' readers. Text is normalised first (chinese-numbers.ts). */

/** A decimal amount, captured. */
export const NUM = String.raw`(\d+(?:\.\d+)?)`;

/** What a count counts: longer words first so 件次 is not read as 件. */
export const COUNTER = "(?:工作日|个工作日|个月|个季度|季度|批次|人次|件次|项次|半天|领域|起|项|件|次|处|条|篇|期|个|家|人|例|宗|份|层|卷|月|天|日|周)";

/** Time counters: "每月" alone says how often, not what is counted; they count only with a figure or a verb (每超1个月, 每逾期一天). */
export const TIME_COUNTER = /^(?:工作日|季度|月|天|日|周)$/;

/** A range of points: 1至3分, 0-2分, 0.5—2分, 1～3分. */
export const RANGE = String.raw`(\d+(?:\.\d+)?)分?(?:至|到|-|—|–|~|～|－)(\d+(?:\.\d+)?)分`;

/** How many "N分" amounts a fragment names: more than one in one action is a range or a list, never a flat amount. */
export function amountsIn(n: string): number {
  return (n.match(/\d+(?:\.\d+)?分(?![钟之])/g) ?? []).length;
}
