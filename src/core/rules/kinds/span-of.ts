/** The rule's words from the first clause's quote to the end of the second's, so a joined clause still quotes the document. */
export function spanOf(rule: string, first: string, second: string): string {
  const start = rule.indexOf(first);
  const end = rule.indexOf(second, Math.max(start, 0));
  return start < 0 || end < 0 ? `${first}${second}` : rule.slice(start, end + second.length);
}
