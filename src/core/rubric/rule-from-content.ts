/**
 * 三河 prints no 扣分办法 column: the rules are inside the 考核内容 text
 * ("…(各责任部门未按时完成所负责事项的,每项扣0.5分)", "(6分,完成50%-40%得5分…)").
 * The rule text of such a row is the content's rule-bearing words: nothing
 * when it names no points; the closing deduction sentence when that is the
 * only place points appear; else the whole content (its parts carry their
 * own points).
 */
const POINTS = /\d+(?:\.\d+)?\s*分/g;
const CLOSING_BRACKET = /[(（][^()（）]*扣\s*\d+(?:\.\d+)?\s*分[)）]\s*[。]?$/;
const CLOSING_CLAUSE = /[^,，;；。]*扣\s*\d+(?:\.\d+)?\s*分[。]?$/;

export function ruleFromContent(content: string): string {
  const text = content.replace(/\s+/g, " ").trim();
  const points = text.match(POINTS) ?? [];
  if (points.length === 0) return "";
  if (points.length === 1) {
    const bracket = CLOSING_BRACKET.exec(text);
    if (bracket) return bracket[0].trim();
    const clause = CLOSING_CLAUSE.exec(text);
    if (clause) return clause[0].trim();
  }
  return text;
}
