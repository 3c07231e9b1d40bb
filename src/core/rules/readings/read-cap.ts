import type { ReadContext } from "../kinds/kind-module";
import type { FragmentReading } from "../fragment-reading";
import { NUM } from "../patterns";

const SCOPE = "(?:此项|本项|该项|本条|此条|单项|每项指标)?(?:累计|合计|总共|共)?";
/** 扣完2分为止, 扣满2分为止, 扣完2分即止. */
const USED_UP = new RegExp(`^${SCOPE}扣(?:完|满|足)${NUM}分(?:为止|即止|止)?$`);
/** 累计扣分不超过3分, 此项最多扣3分, 扣分上限2分, 最多扣除2分, 扣分以3分为限. */
const DEDUCTION = new RegExp(`^${SCOPE}(?:扣分|扣除)?(?:上限|最多|最高|至多|不超过|不得超过|以)(?:为|不超过)?(?:扣除|扣)?${NUM}分(?:为止|为限|为上限)?(?:\\(考核[^)]*\\))?$`);
/** 加分上限2分, 最多加3分, 累计加分不超过5分, 加分最高不超过3分. */
const BONUS = new RegExp(`^${SCOPE}(?:加分(?:上限|最多|最高|至多|不超过|不得超过)|最多加|最高加|至多加)(?:为|不超过)?${NUM}分(?:为止|为限)?$`);
/** 最高不超过3分, 上限3分, 不超过3分, 最多3分: the cap of whatever the clause before it gives. */
const EITHER = new RegExp(`^${SCOPE}(?:最高|最多|至多)?(?:不超过|不得超过|上限(?:为)?|得|计)?${NUM}分(?:为止|为限|封顶)?$`);

/** A cap sentence, read: what it caps is the reader's to decide when the words do not say. */
export function readCap({ n: words }: ReadContext): FragmentReading | undefined {
  // "(…一项可得2分,最高不超过6分)": the bracket closes after the cap.
  const unmatched = (words.match(/[)）]/g) ?? []).length > (words.match(/[(（]/g) ?? []).length;
  const n = unmatched ? words.replace(/[)）]$/, "") : words;
  const bonus = BONUS.exec(n);
  if (bonus?.[1]) return { kind: "cap", bonus: bonus[1] };
  const deduction = USED_UP.exec(n) ?? DEDUCTION.exec(n);
  // 扣 says what is capped; "上限2分" alone caps whatever the clauses before it do.
  if (deduction?.[1] && /扣/.test(n)) return { kind: "cap", deduction: deduction[1] };
  const either = deduction ?? EITHER.exec(n);
  if (either?.[1] && /最高|最多|至多|不超过|不得超过|上限|封顶|为限/.test(n)) return { kind: "cap", either: either[1] };
  return undefined;
}

/** Where a cap starts inside a fragment that also holds its action ("每处扣0.5分最多扣2分"). */
export const CAP_START = /(?:此项|本项|该项|累计|合计)?(?:扣完|扣满|最多|最高|至多|上限|不超过|扣分不超过|加分不超过|加分上限|扣分上限)/;
