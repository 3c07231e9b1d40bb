import { normalizeRuleText } from "../chinese-numbers";
import type { Fragment } from "../split-fragments";
import { trimmedFragment } from "../split-fragments";
import { ITEM_USED_UP } from "./other-readings";
import { readCap } from "./read-cap";

/** A cap keyword after an action in the same fragment: "每处扣0.5分最多扣2分", "每项加1分最高不超过3分". */
const CAP_AFTER_ACTION = /(?:[扣加得]|少得)\s*[\d０-９.．一二两三四五六七八九十半]+\s*分\s*(?:\/\s*\S)?\s*(?=(?:此项|本项|该项|累计|合计)?(?:扣完|扣满|最多|最高|至多|上限|不超过|扣分不超过|加分不超过|加分上限|扣分上限))/;

/**
 * One fragment, or two when a cap follows its action without punctuation;
 * offsets relative to the fragment. Split only when the tail reads as a cap.
 */
export function splitAtCap(text: string): Fragment[] {
  const m = CAP_AFTER_ACTION.exec(text);
  const whole = [{ start: 0, end: text.length, text }];
  if (!m) return whole;
  const at = m.index + m[0].length;
  const tail = normalizeRuleText(text.slice(at)).replace(/[。.]$/, "");
  if (readCap({ n: tail, condition: "" }) === undefined && !ITEM_USED_UP.test(tail)) return whole;
  const head = trimmedFragment(text, 0, at);
  const rest = trimmedFragment(text, at, text.length);
  return head && rest ? [head, rest] : whole;
}
