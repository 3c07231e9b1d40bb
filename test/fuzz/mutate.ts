// fast-check arbitraries for rule text: real sentences mutated the way
// pasting and typing damage them (characters deleted, inserted, swapped;
// digits changed; punctuation and scoring words dropped in), and text made
// only of the characters the parser's patterns care about.
import fc from "fast-check";

/** Characters the patterns look at: digits in both widths, numerals, brackets, separators, scoring words' letters. */
const ALPHABET = [..."0123456789０１２３４５６７８９.．%％-~—至到一二两三四五六七八九十半零()（）[]【】,，;；。:：、/\n <>p扣加得分每项次件处条篇期个以上下不满限否决是满超过为止累计的级省市县国"];
/** Whole words that switch patterns on: a mutation that adds one tests a reading, not just noise. */
const WORDS = ["扣", "加", "得", "分", "每项", "每次", "扣0.5分", "加1分", "（1分）", "(2分/项)", "以上", "以下", "%", "上限", "扣分上限3分", "加分上限2分", "一票否决", "不得分", "扣完为止", "<p>", "</p>", "；", "。", "，", "\n", "十五", "两次以上", "满分1分:", "每降低10个百分点扣2分", "完成50%-40%得5分", "国家级4分"];

export const ruleChar = fc.constantFrom(...ALPHABET);

type Edit = (text: string) => string;

const at = (text: string, where: number): number => (text.length === 0 ? 0 : where % (text.length + 1));

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.nat().map((n): Edit => (t) => (t.length === 0 ? t : t.slice(0, n % t.length) + t.slice((n % t.length) + 1))),
  fc.tuple(fc.nat(), ruleChar).map(([n, c]): Edit => (t) => t.slice(0, at(t, n)) + c + t.slice(at(t, n))),
  fc.tuple(fc.nat(), fc.constantFrom(...WORDS)).map(([n, w]): Edit => (t) => t.slice(0, at(t, n)) + w + t.slice(at(t, n))),
  fc.nat().map((n): Edit => (t) => {
    if (t.length < 2) return t;
    const i = n % (t.length - 1);
    return t.slice(0, i) + t.charAt(i + 1) + t.charAt(i) + t.slice(i + 2);
  }),
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 9 })).map(([n, d]): Edit => (t) => {
    const digits = [...t.matchAll(/\d/g)].map((m) => m.index);
    if (digits.length === 0) return t;
    const i = digits[n % digits.length] ?? 0;
    return t.slice(0, i) + String(d) + t.slice(i + 1);
  }),
  // Drop a run of characters: a clause cut in half, its verb or its number lost.
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 12 })).map(([n, len]): Edit => (t) => t.slice(0, at(t, n)) + t.slice(at(t, n) + len)),
  // Duplicate a run: a clause pasted twice.
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 30 })).map(([n, len]): Edit => (t) => {
    const i = at(t, n);
    return t.slice(0, i) + t.slice(i, i + len) + t.slice(i);
  }),
);

/** A real rule text with 1–8 edits. */
export function mutatedRule(seeds: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...seeds), fc.array(edit, { minLength: 1, maxLength: 8 })).map(([text, edits]) => edits.reduce((t, e) => e(t), text));
}

/** Text from the parser's alphabet and words only, up to a few hundred characters. */
export const randomRule: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 4, arbitrary: ruleChar }, { weight: 1, arbitrary: fc.constantFrom(...WORDS) }), { maxLength: 120 })
  .map((parts) => parts.join(""));
