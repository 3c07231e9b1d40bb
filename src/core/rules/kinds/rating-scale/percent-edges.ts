import type { Band } from "../../../rubric/clause-schema";

type Edges = Omit<Band, "points">;

const N = String.raw`(\d+(?:\.\d+)?)`;
const INCLUDED = String.raw`(?:\(含\)|\(含本数\))`;
const EXCLUDED = String.raw`(?:\(不含\)|\(不含本数\))`;

const RANGE = new RegExp(`${N}%?(?:-|~|至|到|—|–)${N}%`);
const BELOW_WORD = new RegExp(`(?:不足|低于|小于|未达到|未达|达不到|不到)${N}%`);
const BELOW = new RegExp(`${N}%(${INCLUDED}|${EXCLUDED})?(?:及)?以下`);
const ABOVE_WORD = new RegExp(`(超过|高于|大于|达到|达|不低于)${N}%`);
const ABOVE = new RegExp(`${N}%(${INCLUDED}|${EXCLUDED})?(?:及)?以上`);
const REACHED = new RegExp(`${N}%(${INCLUDED})?$`);

/**
 * The edges of one rate tier, in percent. 以上 includes its figure, 以下 does not
 * (so "80%以上…，80%以下…" do not overlap), unless (含)/(不含) says otherwise;
 * 超过/高于 exclude it, 达到/不低于 include it. undefined: words no edge reads.
 */
export function readPercentEdges(condition: string): Edges | undefined {
  // "排名前20%": a share of the ranking, counted from the top — not a rate of 20% or more.
  if (/前|后|排名|名次|倒数/.test(condition)) return undefined;
  const range = RANGE.exec(condition);
  if (range?.[1] && range[2]) {
    const [low, high] = Number(range[1]) <= Number(range[2]) ? [range[1], range[2]] : [range[2], range[1]];
    return { from: low, fromInclusive: true, to: high, toInclusive: false };
  }
  const belowWord = BELOW_WORD.exec(condition);
  if (belowWord?.[1]) return { to: belowWord[1], toInclusive: false, fromInclusive: true };
  const below = BELOW.exec(condition);
  if (below?.[1]) return { to: below[1], toInclusive: below[2] !== undefined && !below[2].includes("不"), fromInclusive: true };
  const above = ABOVE.exec(condition);
  if (above?.[1]) return { from: above[1], fromInclusive: above[2] === undefined || !above[2].includes("不"), toInclusive: true };
  const aboveWord = ABOVE_WORD.exec(condition);
  if (aboveWord?.[1] && aboveWord[2]) return { from: aboveWord[2], fromInclusive: !/超过|高于|大于/.test(aboveWord[1]), toInclusive: true };
  const reached = REACHED.exec(condition);
  if (reached?.[1]) return { from: reached[1], fromInclusive: true, toInclusive: true };
  return undefined;
}
