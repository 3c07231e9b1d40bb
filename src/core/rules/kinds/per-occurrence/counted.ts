import { COUNTER, TIME_COUNTER } from "../../patterns";

// The conditions before a match (not after 出现; a bare 1 not part of a larger figure) are checked in
// `countedMatches`, not by lookbehind: the add-in's bundles are ES5, where lookbehind cannot be transpiled.
const COUNTED = new RegExp(`(?:每(少|缺|多|超|差|超过|超出|延迟|延误|逾期|推迟|晚|迟|有|发现|出现)?(\\d+)?|1|单(?=[条篇件]))(${COUNTER})`, "g");

const THRESHOLD_BEFORE = /(?:超过|超出|满|达到|达|不足|低于|少于|多于|以上|以内)$/;

/** COUNTED's matches in `text`, each rejected match retried one character on, as a lookbehind would. */
function countedMatches(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const re = new RegExp(COUNTED.source, "g");
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const before = text.slice(0, m.index);
    // "超过1个月未更新", "达到1次": a threshold passed, not a count (其后 "超过3个月" is the next tier).
    // "第一项、第二项": an ordinal names which one, it counts nothing.
    const threshold = m[0].startsWith("1") && (THRESHOLD_BEFORE.test(before) || before.endsWith("第"));
    if (before.endsWith("出现") || (m[0].startsWith("1") && /[\d.]$/.test(before)) || threshold) {
      re.lastIndex = m.index + 1;
      continue;
    }
    found.push(m);
  }
  return found;
}

/**
 * What the words before an action count, if they count something: a
 * counter after 每 (每项, 每件次, 每少1项, 每逾期1个工作日) or after the figure
 * 1 (发现1件, 超期办结1次). "每月报送信息不足8条" says how often, not what
 * is counted; "出现1次…的扣5分" is a condition met once.
 */
export function countedBy(before: string): string | undefined {
  const tail = before.slice(-24);
  if (/每项每次/.test(tail)) return "项次";
  // "每人次每半天扣3分": counted by two things at once.
  const both = new RegExp(`每(${COUNTER})每(${COUNTER})$`).exec(tail);
  if (both?.[1] && both[2]) return `${both[1]}·${both[2]}`;
  let counted: string | undefined;
  for (const m of countedMatches(tail)) {
    const [whole, verb, figure, counter] = m;
    if (counter === undefined) continue;
    const bareEvery = whole.startsWith("每") && verb === undefined && figure === undefined;
    if (bareEvery && TIME_COUNTER.test(counter)) {
      counted = undefined;
      continue;
    }
    // "每少10条扣1分": the amount is per 10 条, not per 条 — a count field asking for 条 would take ten times too much.
    const unit = counter.replace(/^个(?=工作日|季度)/, "");
    counted = figure !== undefined && Number(figure) > 1 ? `${figure}${counter}` : unit;
  }
  // "出现一个月扣5分": the counter right before the amount counts, 出现 or not.
  const adjacent = new RegExp(`出现1(${COUNTER})$`).exec(tail)?.[1];
  return counted ?? adjacent;
}

/** "每月…的扣2分": once a month, or once? Said with 此项 it is once; without, no reading is sure. */
export function howOftenUnsure(before: string): boolean {
  const bare = /每(?:月|季度|周|年度|半年)(?!\d)/.exec(before);
  return bare !== null && !/此项|该项|本项/.test(before) && countedBy(before) === undefined;
}
