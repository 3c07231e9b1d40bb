import { COUNTER, TIME_COUNTER } from "../../patterns";

const COUNTED = new RegExp(`(?<!出现)(?:每(少|缺|多|超|差|超过|超出|延迟|延误|逾期|推迟|晚|迟|有|发现|出现)?(\\d+)?|(?<![\\d.])1|单(?=[条篇件]))(${COUNTER})`, "g");

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
  for (const m of tail.matchAll(COUNTED)) {
    const [whole, verb, figure, counter] = m;
    if (counter === undefined) continue;
    const bareEvery = whole.startsWith("每") && verb === undefined && figure === undefined;
    if (bareEvery && TIME_COUNTER.test(counter)) {
      counted = undefined;
      continue;
    }
    counted = counter.replace(/^个(?=工作日|季度)/, "");
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
