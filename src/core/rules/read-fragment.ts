import type { Band, Clause } from "../rubric/clause-schema";

/** A clause without its quoted words; the caller adds `text`. */
export type ClauseReading = Clause extends infer C ? (C extends Clause ? Omit<C, "text"> : never) : never;

/** What one fragment of rule text says. */
export type FragmentReading =
  | { readonly kind: "clause"; readonly clause: ClauseReading }
  | { readonly kind: "cap"; readonly deduction?: string; readonly bonus?: string }
  /** 长子: 未涉及单位按考核分数的60%计分 — a not-applicable policy, not a clause. */
  | { readonly kind: "not-applicable-share"; readonly share: string }
  | { readonly kind: "ignore" }
  /** It speaks of points but in words no pattern knows: left for the assessor, never guessed. */
  | { readonly kind: "unknown" };

const NUM = String.raw`(\d+(?:\.\d+)?)`;
const COUNTER = "(?:件次|项|件|次|处|条|篇|期|个|领域|家|人次|人)";

const clause = (c: ClauseReading): FragmentReading => ({ kind: "clause", clause: c });

/** Fragments that carry no rule of their own: 扣完为止 is the default cap; 可累计, 满分 restate. */
const FILLER = /^(扣完为止|可累计|\(可累计\)|满分\d+(\.\d+)?分|以此类推|依此类推)$/;
/** "（共计扣 25 分）" heads a list and restates the total of the deductions below it. */
const TOTAL_RESTATED = /[(（]共计扣\d+(\.\d+)?分[)）]/;

function readCap(n: string): FragmentReading | undefined {
  // "扣分上限2分（考核县司法局）": the bracket names whom the item assesses (the rubric's appliesTo).
  const deduction = new RegExp(`^(?:扣分)?(?:上限|最多扣|最高扣|最多扣除)(?:为|不超过)?${NUM}分(?:为止)?(?:\\(考核[^)]*\\))?$`).exec(n);
  if (deduction?.[1]) return { kind: "cap", deduction: deduction[1] };
  const bonus = new RegExp(`^加分(?:上限|最多|最高)(?:为|不超过)?${NUM}分$`).exec(n) ?? new RegExp(`^上限${NUM}分$`).exec(n);
  if (bonus?.[1]) return n.startsWith("加分") ? { kind: "cap", bonus: bonus[1] } : { kind: "cap", deduction: bonus[1] };
  return undefined;
}

/** 完成50%-40%得5分 / 10%以下得0分 / 50%以上得6分 */
export function readBand(n: string): Band | undefined {
  const range = new RegExp(`${NUM}%?[-~至到]${NUM}%得${NUM}分`).exec(n);
  if (range?.[1] && range[2] && range[3]) {
    const [a, b] = [range[1], range[2]];
    const [low, high] = Number(a) <= Number(b) ? [a, b] : [b, a];
    // "完成50%-40%" names both edges; 以上包括本数: the lower edge is inclusive, the upper one belongs to the band above.
    return { from: low, fromInclusive: true, to: high, toInclusive: false, points: range[3] };
  }
  const below = new RegExp(`${NUM}%以下(?:的)?得${NUM}分`).exec(n);
  if (below?.[1] && below[2]) return { to: below[1], toInclusive: false, fromInclusive: true, points: below[2] };
  const above = new RegExp(`${NUM}%(?:以上|及以上)(?:的)?得${NUM}分`).exec(n);
  if (above?.[1] && above[2]) return { from: above[1], fromInclusive: true, toInclusive: true, points: above[2] };
  return undefined;
}

/** 完成目标分值70%以上不足100%得70%分数 / 30%以下不得分 */
function readRatio(n: string): FragmentReading | undefined {
  const share = new RegExp(`${NUM}%(?:以上|及以上)(?:不足${NUM}%)?(?:的)?得${NUM}%(?:的)?分`).exec(n);
  if (share?.[1] && share[3]) {
    const band = { from: share[1], fromInclusive: true, toInclusive: false, share: String(Number(share[3]) / 100) };
    return clause({ kind: "ratio", bands: [share[2] ? { ...band, to: share[2] } : band] });
  }
  const none = new RegExp(`${NUM}%以下(?:的)?不得分`).exec(n);
  if (none?.[1]) return clause({ kind: "ratio", bands: [{ to: none[1], toInclusive: false, fromInclusive: true, share: "0" }] });
  return undefined;
}

function readByLevel(n: string): FragmentReading | undefined {
  const level = new RegExp(`(国家|省|市|县|区)级(?:以上)?(?:媒体)?(?:每项|每次|每件|每条)?(加|扣)?${NUM}分`).exec(n);
  if (!level?.[1] || !level[3]) return undefined;
  return clause({ kind: "by-level", effect: level[2] === "扣" ? "deduct" : "bonus", levels: [{ level: `${level[1]}级`, points: level[3] }] });
}

function readLevel(n: string): FragmentReading | undefined {
  const level = new RegExp(`(\\d+)次(?:以上|及以上)?(?:的)?(?:得)?${NUM}分$`).exec(n);
  if (!level?.[1] || !level[2] || /[扣加每]/.test(n)) return undefined;
  return clause({ kind: "levels", levels: [{ atLeast: Number(level[1]), points: level[2] }] });
}

function readStep(n: string): FragmentReading | undefined {
  const step = new RegExp(`每(?:降低|下降|少|低于|减少|差)${NUM}个?百分点[^扣]*扣(?:除)?${NUM}分`).exec(n);
  if (!step?.[1] || !step[2]) return undefined;
  return clause({ kind: "per-step", effect: "deduct", step: step[1], points: step[2] });
}

/** (1分) or (1分/项) closing a numbered requirement. */
function readSubRequirement(n: string): FragmentReading | undefined {
  const sub = new RegExp(`^(.+?)\\(${NUM}分(\\/项)?\\)?$`).exec(n);
  if (!sub?.[1] || !sub[2] || /[扣加得]\d/.test(sub[1])) return undefined;
  const reading: ClauseReading = sub[3] ? { kind: "sub-requirement", label: sub[1], points: sub[2], perItem: true } : { kind: "sub-requirement", label: sub[1], points: sub[2] };
  return clause(reading);
}

/** 扣1分 / 加2分 / 得0.5分, per occurrence when the words before it count something. */
function readAction(n: string, condition: string): FragmentReading | undefined {
  const action = new RegExp(`(少得|扣除|扣|加|得)${NUM}分`).exec(n);
  if (!action?.[1] || !action[2]) return undefined;
  if (action[1] === "得" && n.charAt(action.index - 1) === "不") return undefined;
  const effect = action[1] === "加" ? "bonus" : action[1] === "得" ? "award" : "deduct";
  const before = condition + n.slice(0, action.index);
  // Counted when a counter follows 每 (每项, 每件次, 每少1项) or the figure 1 (发现1件, 超期办结1次):
  // "每月报送信息不足8条" counts months, not items, and stays a flat deduction.
  const tail = before.slice(-20);
  // "出现1次…的扣5分" is a condition met once, not a count.
  const counters = [...tail.matchAll(new RegExp(`(?<!出现)(?:1|每(?:少|缺|多|超|差)?)(${COUNTER})`, "g"))];
  const counted = counters[counters.length - 1]?.[1];
  if (counted !== undefined) return clause({ kind: "per-occurrence", effect, points: action[2], per: counted });
  return clause({ kind: "flat", effect, points: action[2] });
}

/**
 * Reads one fragment, given the verb-less words before it that form its
 * condition. undefined: no rule here, the words are a condition for what follows.
 */
export function readFragment(n: string, condition: string): FragmentReading | undefined {
  if (n === "" || FILLER.test(n) || TOTAL_RESTATED.test(n)) return { kind: "ignore" };
  if (/一票否决/.test(n)) return clause({ kind: "veto" });
  const share = /未涉及(?:的)?单位按(?:考核)?分数的(\d+(?:\.\d+)?)%计分/.exec(n);
  if (share?.[1]) return { kind: "not-applicable-share", share: String(Number(share[1]) / 100) };
  if (/根据(?:实际|具体)?情况(?:进行|酌情)?(?:扣分|计分|评分|评定)|酌情(?:扣分|加分|而定|扣减)|综合评定/.test(n)) {
    return clause({ kind: "judgement", effect: /加分/.test(n) ? "bonus" : /综合评定/.test(n) ? "award" : "deduct" });
  }
  const cap = readCap(n);
  if (cap) return cap;
  const ratio = readRatio(n);
  if (ratio) return ratio;
  const band = readBand(n);
  if (band) return clause({ kind: "bands", bands: [band] });
  const byLevel = readByLevel(n);
  if (byLevel) return byLevel;
  // "每降低10个百分点的，扣2分": the step is often in the condition, the action after the comma.
  const step = readStep(condition + n);
  if (step) return step;
  const level = readLevel(n);
  if (level) return level;
  const action = readAction(n, condition);
  if (action) return action;
  if (/不得分|不记分|不计分|得0分/.test(n)) return clause({ kind: "zero-out" });
  const sub = readSubRequirement(n);
  if (sub) return sub;
  if (/^是否|[?？]$/.test(n)) return clause({ kind: "checklist" });
  // "扣除相应分值", "按比例计分": scoring words without an amount. "进行扣分" alone introduces what follows.
  if (/[扣加](?!分)\S*分|分值|计分/.test(n)) return { kind: "unknown" };
  return undefined;
}
