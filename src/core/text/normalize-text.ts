/**
 * Text as it arrives from Word tables pasted into Excel: full-width digits
 * and brackets, ideographic spaces, spaces typed to stretch a label across a
 * wide cell ("政府信息公    开"). Everything that compares labels goes
 * through here first.
 */

const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;
const FULL_TO_HALF_OFFSET = 0xfee0;

const NEEDS_HALF_WIDTH = /[\uff01-\uff5e\u3000\u00a0]/;

/**
 * The same texts come back again and again (every unit's sheet repeats the
 * table's labels and rules): each distinct text is normalised once. Bounded,
 * so a huge workbook of distinct texts does not grow it without end.
 */
const MEMO_LIMIT = 20000;
function memoized(fn: (text: string) => string): (text: string) => string {
  const memo = new Map<string, string>();
  return (text) => {
    let out = memo.get(text);
    if (out === undefined) {
      out = fn(text);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(text, out);
    }
    return out;
  };
}

/** Full-width ASCII (０-９, （）, ．…) to half-width; ideographic space to space. */
export function toHalfWidth(text: string): string {
  // Most cells hold nothing to convert: no copy, no per-character loop.
  if (!NEEDS_HALF_WIDTH.test(text)) return text;
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= FULL_WIDTH_START && code <= FULL_WIDTH_END) out += String.fromCodePoint(code - FULL_TO_HALF_OFFSET);
    else if (code === 0x3000 || code === 0xa0) out += " ";
    else out += ch;
  }
  return out;
}

/** Brackets Chinese documents use interchangeably, mapped to ASCII ones. */
const BRACKETS: Readonly<Record<string, string>> = { "【": "[", "】": "]", "〔": "(", "〕": ")", "［": "[", "］": "]" };

/**
 * A label's comparable form: half-width, brackets unified, every whitespace
 * removed (labels never carry meaningful spaces, but pasted ones carry many).
 */
export const normalizeLabel: (text: string) => string = memoized((text) => {
  let out = toHalfWidth(text);
  out = out.replace(/[【】〔〕［］]/g, (ch) => BRACKETS[ch] ?? ch);
  return out.replace(/\s+/g, "");
});

/** Rule and content text: half-width, line breaks and runs of spaces collapsed. */
export const normalizeSentence: (text: string) => string = memoized((text) => toHalfWidth(text).replace(/\s+/g, " ").trim());
