import { toHalfWidth } from "../text/normalize-text";

/**
 * Numbers in rule text: full-width digits, Chinese numerals (一 两 三 半 十),
 * spaces inside "扣 5 分". Everything the patterns match goes through here.
 */
const DIGIT: Readonly<Record<string, number>> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十 → 10, 十五 → 15, 二十 → 20, 半 → 0.5; undefined when it is not a numeral. */
export function chineseNumeral(text: string): number | undefined {
  if (text === "半") return 0.5;
  if (text === "") return undefined;
  const tenAt = text.indexOf("十");
  if (tenAt === -1) return text.length === 1 ? DIGIT[text] : undefined;
  const tens = tenAt === 0 ? 1 : DIGIT[text.slice(0, tenAt)];
  const onesText = text.slice(tenAt + 1);
  const ones = onesText === "" ? 0 : DIGIT[onesText];
  return tens === undefined || ones === undefined || text.length > 3 ? undefined : tens * 10 + ones;
}

const NUMERAL_RUN = /[零一二两三四五六七八九十半]+/g;

/**
 * Half-width, no whitespace, and Chinese numerals before a counter or 分
 * written as digits ("扣两分" → "扣2分", "每降低十个百分点" → "每降低10个百分点",
 * "发现一件" → "发现1件"). Words such as 一票否决 and 一事一审 stay as they are.
 */
export function normalizeRuleText(text: string): string {
  const compact = toHalfWidth(text).replace(/<\/?p>/g, "").replace(/\s+/g, "");
  return compact.replace(NUMERAL_RUN, (run, offset: number, whole: string) => {
    const next = whole.charAt(offset + run.length);
    // "扣一至两分": the first number of a range is followed by 至.
    if (!/[分个项件次处条篇期名%倍年月日周领家人例宗批天季工起至到份层卷]/.test(next)) return run;
    if (next === "分" && whole.charAt(offset + run.length + 1) === "之") return run;
    // 每半天, 每半年: a counter of its own, not half of one.
    if (run === "半" && whole.charAt(offset - 1) === "每") return run;
    const value = chineseNumeral(run);
    return value === undefined ? run : String(value);
  });
}
