/**
 * Rule text is read fragment by fragment: sentences and clauses split at
 * Chinese and ASCII punctuation and at <p> paragraphs. Offsets point into
 * the original text so each clause can quote its exact words.
 */
export interface Fragment {
  readonly start: number;
  readonly end: number;
  /** The original words, trimmed. */
  readonly text: string;
}

/**
 * A line break inside an amount ("扣5\n分", "扣0.\n5分") is the page's, not the rule's: it does not separate;
 * nor does 、 except right after an amount ("扣1分、…"). Those two conditions look behind the match, which
 * is checked in code (`separates`): the add-in's bundles are ES5, and regular-expression lookbehind
 * cannot be transpiled for the Internet Explorer 11 webview of Office 2019.
 */
const SEPARATOR = /[，,；;。]|<\/?p>|\n(?![\s\d.]*分)|、/g;
const NO_BREAK_AFTER = /[\d.扣加得每]$/;
const AMOUNT_BEFORE = /\d\s*分$/;

function separates(rule: string, index: number, separator: string): boolean {
  const before = rule.slice(Math.max(0, index - 24), index);
  if (separator === "\n") return !NO_BREAK_AFTER.test(before);
  if (separator === "、") return AMOUNT_BEFORE.test(before);
  return true;
}

/** The words between two offsets, trimmed, with offsets still pointing into the rule; undefined when blank. */
export function trimmedFragment(rule: string, start: number, end: number): Fragment | undefined {
  const raw = rule.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return text === "" ? undefined : { start: start + lead, end: start + lead + text.length, text };
}

export function splitFragments(rule: string): Fragment[] {
  const fragments: Fragment[] = [];
  let start = 0;
  const push = (end: number): void => {
    const fragment = trimmedFragment(rule, start, end);
    if (fragment) fragments.push(fragment);
  };
  const separator = new RegExp(SEPARATOR.source, "g");
  for (let match = separator.exec(rule); match !== null; match = separator.exec(rule)) {
    if (!separates(rule, match.index, match[0])) {
      // As a lookbehind would: try again from the next character.
      separator.lastIndex = match.index + 1;
      continue;
    }
    push(match.index);
    start = match.index + match[0].length;
  }
  push(rule.length);
  return fragments;
}

/** The original words from the first fragment's start to the last one's end, separators included. */
export function spanText(rule: string, first: Fragment, last: Fragment): string {
  return rule.slice(first.start, last.end);
}
