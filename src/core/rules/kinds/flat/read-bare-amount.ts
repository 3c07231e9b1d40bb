import { countedBy } from "../per-occurrence/counted";
import type { ReadContext } from "../kind-module";
import type { FragmentReading } from "../../fragment-reading";
import { NUM } from "../../patterns";

/** Any verb that says what an amount does; without one the amount is bare. */
const VERB = /[扣加得计记减罚奖]/;
const BARE = new RegExp(`^(.*?)${NUM}分[.。]?$`);
const BARE_RANGE = new RegExp(`^(.*?)${NUM}(?:-|—|–|~|至)${NUM}分[.。]?$`);

/**
 * "发布经济运行情况5分", "简讯每条5分", "公开主体0.1-0.5分", "每宗0.3分": an
 * amount with no verb. Its effect is the neighbouring clauses' (the parser
 * sets it: `bare`); alone in a rule it is points earned.
 */
export function readBareAmount({ n, condition }: ReadContext): FragmentReading | undefined {
  if (VERB.test(n) || /^满分|满分为/.test(n)) return undefined;
  const range = BARE_RANGE.exec(n);
  if (range?.[1] !== undefined && range[2] && range[3]) {
    const [low, high] = Number(range[2]) <= Number(range[3]) ? [range[2], range[3]] : [range[3], range[2]];
    return { kind: "clause", bare: true, clause: { kind: "judgement", effect: "award", ...(Number(low) === 0 ? {} : { min: low }), max: high } };
  }
  const bare = BARE.exec(n);
  if (bare?.[1] === undefined || !bare[2] || bare[1] === "" || /\d分/.test(bare[1])) return undefined;
  // "基础分值为0分" states a base, not points to take or give.
  if (Number(bare[2]) === 0) return { kind: "unknown" };
  const counted = countedBy(condition + bare[1]);
  if (counted !== undefined) return { kind: "clause", bare: true, clause: { kind: "per-occurrence", effect: "award", points: bare[2], per: counted } };
  return { kind: "clause", bare: true, clause: { kind: "flat", effect: "award", points: bare[2] } };
}
