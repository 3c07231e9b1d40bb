import { escapeXml, unescapeXml } from "./xml-text";

/**
 * docProps/app.xml lists the workbook's parts for file browsers: HeadingPairs
 * holds (group label, count) pairs — 工作表/Worksheets, 图表/Charts, 命名范围/
 * Named Ranges — and TitlesOfParts the names, group after group. Excel, on
 * save, lists every worksheet there, hidden and very hidden ones included,
 * so adding the ledger sheet adds its name to the worksheet group and one to
 * that group's count and to both vectors' sizes, keeping the counts in
 * agreement. Anything Kaohe cannot read with certainty — no such vectors,
 * counts that already disagree, no group whose titles are exactly the
 * workbook's worksheets — leaves app.xml byte for byte as it was: a stale
 * list is what Excel tolerates (it rewrites the part on save), a list whose
 * counts disagree is not.
 */
interface Vector {
  /** Where the <vector> element starts and ends in the text. */
  readonly start: number;
  readonly end: number;
  readonly open: string;
  readonly body: string;
  readonly close: string;
}

function vectorIn(xml: string, parent: string): Vector | undefined {
  const match = new RegExp(`<(?:[\\w.-]+:)?${parent}\\b[^>]*>\\s*(<((?:[\\w.-]+:)?vector)\\b[^>]*>)([\\s\\S]*?)(</\\2>)`).exec(xml);
  if (!match) return undefined;
  const [whole, open = "", , body = "", close = ""] = match;
  const start = match.index + whole.length - open.length - body.length - close.length;
  return { start, end: match.index + whole.length, open, body, close };
}

function sizeOf(open: string): number {
  return Number(/\bsize="(\d+)"/.exec(open)?.[1] ?? NaN);
}

/** app.xml with `name` added to the worksheet group, or undefined to leave the part as it is. */
export function appXmlWithSheet(appXml: string, worksheets: readonly string[], name: string): string | undefined {
  const pairs = vectorIn(appXml, "HeadingPairs");
  const titles = vectorIn(appXml, "TitlesOfParts");
  if (!pairs || !titles || pairs.start > titles.start) return undefined;
  const counts = [...pairs.body.matchAll(/<((?:[\w.-]+:)?)(i4|int)>(\d+)<\/\1\2>/g)];
  const labels = [...pairs.body.matchAll(/<((?:[\w.-]+:)?)lpstr>([^<]*)<\/\1lpstr>/g)];
  const names = [...titles.body.matchAll(/<((?:[\w.-]+:)?)lpstr>([^<]*)<\/\1lpstr>/g)];
  const total = counts.reduce((sum, c) => sum + Number(c[3]), 0);
  if (counts.length === 0 || counts.length !== labels.length || sizeOf(pairs.open) !== counts.length * 2) return undefined;
  if (total !== names.length || sizeOf(titles.open) !== names.length) return undefined;
  const text = names.map((n) => unescapeXml(n[2] ?? ""));
  if (text.includes(name)) return undefined;
  // The group whose titles are exactly the worksheets, in order: what Excel's label (in any language) stands for.
  let at = 0;
  let group = -1;
  for (let g = 0; g < counts.length; g++) {
    const count = Number(counts[g]?.[3]);
    if (count === worksheets.length && text.slice(at, at + count).every((t, i) => t === worksheets[i])) group = g;
    if (group >= 0) break;
    at += count;
  }
  const countMatch = counts[group];
  const lastTitle = names[at + worksheets.length - 1];
  if (!countMatch || !lastTitle || countMatch.index === undefined || lastTitle.index === undefined) return undefined;
  const prefix = lastTitle[1] ?? "";
  const insertAt = titles.start + titles.open.length + lastTitle.index + lastTitle[0].length;
  const countAt = pairs.start + pairs.open.length + countMatch.index;
  const bumpSize = (open: string, size: number): string => open.replace(/\bsize="\d+"/, `size="${size}"`);
  // Edited back to front, so each offset is still right when it is used.
  let xml = appXml.slice(0, insertAt) + `<${prefix}lpstr>${escapeXml(name)}</${prefix}lpstr>` + appXml.slice(insertAt);
  xml = xml.slice(0, titles.start) + bumpSize(titles.open, names.length + 1) + xml.slice(titles.start + titles.open.length);
  const newCount = countMatch[0].replace(/>\d+</, `>${Number(countMatch[3]) + 1}<`);
  return xml.slice(0, countAt) + newCount + xml.slice(countAt + countMatch[0].length);
}
