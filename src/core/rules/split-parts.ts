import type { Fragment } from "./split-fragments";
import { trimmedFragment } from "./split-fragments";

/**
 * The larger pieces of a rule text: sentences and list entries, split at
 * ；;。 and paragraph tags outside brackets, and before numbered entries
 * ("(1)", "①"). A sub-requirement "(3分)" or "(满分1分:…)" is read per part,
 * so its inner commas do not split it.
 */
const OPEN = new Set(["(", "（"]);
const CLOSE = new Set([")", "）"]);
const POINTS_CLOSED = /[(（]\s*(?:满分为?)?\s*\d+(?:\.\d+)?\s*分[^()（）]*[)）]\s*$/;

export function splitParts(rule: string): Fragment[] {
  const parts: Fragment[] = [];
  let start = 0;
  let depth = 0;
  const push = (end: number): void => {
    const part = trimmedFragment(rule, start, end);
    if (part) parts.push(part);
  };
  for (let i = 0; i < rule.length; i++) {
    const ch = rule.charAt(i);
    if (OPEN.has(ch)) {
      // "(2)" starting a numbered entry begins a new part.
      if (depth === 0 && /^[(（]\d+[)）]/.test(rule.slice(i)) && rule.slice(start, i).trim() !== "") {
        push(i);
        start = i;
      }
      depth++;
    } else if (CLOSE.has(ch)) {
      depth = Math.max(0, depth - 1);
    } else if (depth === 0 && /[,，]/.test(ch) && POINTS_CLOSED.test(rule.slice(start, i))) {
      // "…情况(1分),动态发布…(1分)": a comma after a points bracket ends a requirement.
      push(i);
      start = i + 1;
    } else if (depth === 0 && /[；;。①②③④⑤⑥⑦⑧⑨]/.test(ch)) {
      if (/[①-⑨]/.test(ch)) {
        push(i);
        start = i;
      } else {
        push(i);
        start = i + 1;
      }
    } else if (rule.startsWith("<p>", i) || rule.startsWith("</p>", i)) {
      push(i);
      const tag = rule.startsWith("<p>", i) ? 3 : 4;
      start = i + tag;
      i += tag - 1;
    }
  }
  push(rule.length);
  return parts;
}
