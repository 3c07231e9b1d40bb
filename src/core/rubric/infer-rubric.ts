import Decimal from "decimal.js";
import { toA1 } from "../grid/a1";
import type { SheetGrid } from "../grid/sheet-grid";
import { cellValue } from "../grid/sheet-grid";
import { cellText } from "../text/cell-text";
import type { Finding } from "../findings/finding";
import { finding } from "../findings/finding";
import type { ItemRow, ScoresheetTable } from "../layout/scoresheet";
import type { ParsedRule } from "../rules/parse-rule-text";
import type { Clause } from "./clause-schema";
import { decimalOf } from "../text/decimal-of";
import { parseRuleText } from "../rules/parse-rule-text";
import { assignItemIds } from "./item-ids";
import type { NoteReading } from "./read-notes";
import { readNotes } from "./read-notes";
import { groupTitleOf, INFERRED_ID_PREFIX, tableFingerprint } from "./table-group";
import { ruleFromContent } from "./rule-from-content";
import { markUnread } from "./rule-review";
import type { Rubric, RubricItem, RubricSection } from "./rubric-schema";

export interface InferredRubric {
  readonly rubric: Rubric;
  /** Sheet row of each item, by item id. */
  readonly rows: ReadonlyMap<string, number>;
  readonly findings: readonly Finding[];
}

/** How a table states its rules: a rule column, rules inside the content (三河), or 是否 questions (2013). */
export type RuleSource = "rule-column" | "content" | "checklist";

export function ruleSourceOf(table: ScoresheetTable): RuleSource {
  if (table.columns.rule !== undefined || table.columns.bonusRule !== undefined) return "rule-column";
  return table.columns.implementation !== undefined ? "checklist" : "content";
}

/**
 * Rule texts parsed once per distinct text: every unit's sheet of a table
 * repeats the same rules. Items copy what they keep (clauses into a new
 * array), and nothing changes a parsed rule, so units share the readings.
 * Bounded, so a huge run of distinct texts does not grow it without end.
 */
const PARSED_RULES = new Map<string, ParsedRule>();
const PARSED_RULES_LIMIT = 5000;

function parsedRule(text: string): ParsedRule {
  let found = PARSED_RULES.get(text);
  if (found === undefined) {
    found = parseRuleText(text);
    if (PARSED_RULES.size >= PARSED_RULES_LIMIT) PARSED_RULES.clear();
    PARSED_RULES.set(text, found);
  }
  return found;
}

/**
 * An item's clauses, its rule's then its bonus rule's: one array per pair of
 * readings, so every unit's copy of an item shares it, and what scoring
 * works out once per clause list (producible scores, judgement ranges)
 * is worked out once per table, not once per unit.
 */
const CLAUSES = new WeakMap<ParsedRule, WeakMap<ParsedRule, Clause[]>>();

function clausesOf(rule: ParsedRule, bonus: ParsedRule): Clause[] {
  let byBonus = CLAUSES.get(rule);
  if (byBonus === undefined) {
    byBonus = new WeakMap();
    CLAUSES.set(rule, byBonus);
  }
  let found = byBonus.get(bonus);
  if (found === undefined) {
    found = [...rule.clauses, ...bonus.clauses];
    byBonus.set(bonus, found);
  }
  return found;
}

const RULES_FROM_CONTENT = new Map<string, string>();

/** 三河's rules inside the content, worked out once per distinct content. */
function ruleOfContent(content: string): string {
  let found = RULES_FROM_CONTENT.get(content);
  if (found === undefined) {
    found = ruleFromContent(content);
    if (RULES_FROM_CONTENT.size >= PARSED_RULES_LIMIT) RULES_FROM_CONTENT.clear();
    RULES_FROM_CONTENT.set(content, found);
  }
  return found;
}

function toItem(row: ItemRow, id: string, section: RubricSection | undefined, source: RuleSource): RubricItem {
  const points = row.points.kind === "points" ? row.points.points.toFixed() : null;
  const ruleText = source === "content" ? ruleOfContent(row.content) : row.ruleText;
  const rule = parsedRule(ruleText);
  const bonus = parsedRule(row.bonusRuleText);
  const item: RubricItem = {
    id,
    section: row.section || "(未分节)",
    path: row.path.length > 0 ? [...row.path] : [`第${row.row + 1}行`],
    content: row.content,
    points,
    rule: ruleText,
    clauses: source === "checklist" && row.content !== "" ? [{ kind: "checklist", text: row.content }] : clausesOf(rule, bonus),
  };
  if (row.bonusRuleText !== "") item.bonusRule = row.bonusRuleText;
  if (rule.deductionCap !== undefined) item.deductionCap = rule.deductionCap;
  const bonusCap = bonus.bonusCap ?? rule.bonusCap;
  if (bonusCap !== undefined) item.bonusCap = bonusCap;
  // In a 加分 section the 分值 is the most the item can add (岳阳: 表扬 7, 报道 3).
  if (section?.kind === "bonus" && points !== null) item.bonusCap = points;
  return markUnread(item, [...rule.unparsed, ...bonus.unparsed]);
}

function sectionPointsFindings(table: ScoresheetTable, sections: readonly RubricSection[], items: readonly RubricItem[]): Finding[] {
  const findings: Finding[] = [];
  const sums = pointsBySection(items);
  for (const section of sections) {
    if (section.kind !== "base" || section.points === null) continue;
    const sum = sums.get(section.name) ?? new Decimal(0);
    if (sum.eq(section.points)) continue;
    const label = table.sections.find((s) => s.name === section.name);
    findings.push(
      finding("SECTION_POINTS_MISMATCH", table.sheet, label ? toA1(label.row, label.col) : "", {
        section: section.name,
        declared: section.points,
        sum: sum.toFixed(),
      }),
    );
  }
  return findings;
}

/**
 * Builds a rubric from a sheet's own text, for sheets scored without a
 * rubric file: sections and their points from the labels, one item per
 * row, the 扣完为止 note as a policy.
 */
export function inferRubric(table: ScoresheetTable, sheet?: SheetGrid): InferredRubric {
  const sections: RubricSection[] = table.sections.map((s) => ({
    name: s.name,
    points: s.points,
    kind: s.kind,
    source: s.name,
  }));
  if (table.items.some((row) => row.section === "")) sections.push({ name: "(未分节)", points: null, kind: "base" });
  const byName = new Map(sections.map((s) => [s.name, s]));
  const ids = assignItemIds(table.items);
  const rows = new Map<string, number>();
  const items = table.items.map((row, index) => {
    const id = ids[index] ?? `row-${row.row + 1}`;
    rows.set(id, row.row);
    return toItem(row, id, byName.get(row.section || "(未分节)"), ruleSourceOf(table));
  });
  const sums = pointsBySection(items);
  const baseTotal = sections
    .filter((s) => s.kind === "base")
    .reduce((acc, s) => acc.plus(s.points ?? sums.get(s.name) ?? 0), new Decimal(0));
  const notes = readNotes(table.notes);
  // 长子: "未涉及单位按考核分数的60%计分" printed in an item's own row applies to that item.
  const shares = table.items.flatMap((row, index) => {
    const share = parsedRule(row.bonusRuleText).notApplicableShare ?? parsedRule(row.ruleText).notApplicableShare;
    const id = ids[index];
    return share === undefined || id === undefined ? [] : [{ id, share }];
  });
  const sharePolicies = [...new Set(shares.map((s) => s.share))].map((share) => ({
    kind: "not-applicable" as const,
    treatment: "share-of-points" as const,
    share,
    items: shares.filter((s) => s.share === share).map((s) => s.id),
    source: `未涉及单位按考核分数的${new Decimal(share).times(100).toFixed()}%计分`,
  }));
  const rubric: Rubric = {
    kind: "rubric",
    // Same rows and points, same id: sheets printed from one table share averages and a ranking group.
    id: INFERRED_ID_PREFIX + tableFingerprint(table),
    title: table.titles[0] ?? table.sheet,
    region: "",
    assesses: groupTitleOf(table),
    totalPoints: baseTotal.toFixed(),
    sections,
    items,
    policies: [...(notes.capIsPoints !== undefined ? [{ kind: "deduction-cap-is-points" as const, source: notes.capIsPoints }] : []), ...sharePolicies],
    ...notePolicies(notes),
    ...(table.notes.length > 0 ? { notes: [...table.notes] } : {}),
  };
  const findings = sectionPointsFindings(table, sections, items);
  // A matrix's units share one table and its notes: said once, with the first unit. A note
  // about units without the task matters only where 不涉及 was typed (always said in a draft).
  const saidUnread = notes.unread.filter((n) => !n.notApplicable || sheet === undefined || typedNotApplicable(sheet, table));
  for (const { text, note } of (table.matrixUnit ?? 0) === 0 ? saidUnread : []) {
    const row = table.noteRows?.[note];
    // The whole sheet's finding, its row named in the message: a note is no cell anyone types in.
    findings.push(finding("NOTE_UNREAD", table.sheet, "", { note: text, row: row === undefined ? "" : String(row + 1) }));
  }
  if (ruleSourceOf(table) !== "checklist" && items.every((i) => i.points === null)) {
    findings.push(finding("NO_POINTS", table.sheet, toA1(table.firstRow, 0), { columns: "分值、赋分" }));
  }
  return { rubric, rows, findings };
}

/** True when an entry cell of the table's items says 不涉及 (or 未涉及, 不适用). */
function typedNotApplicable(sheet: SheetGrid, table: ScoresheetTable): boolean {
  const { deduction, bonus, score, implementation, selfScore } = table.columns;
  const cols = [deduction, bonus, score, implementation, selfScore].filter((c): c is number => c !== undefined);
  return table.items.some((item) => cols.some((col) => /不涉及|未涉及|不适用/.test(cellText(cellValue(sheet, item.row, col)))));
}

/** Grade bands and a 百分制 conversion printed under the table, as the rubric's own fields. */
function notePolicies(notes: NoteReading): Pick<Rubric, "grades" | "gradesSource" | "result"> {
  return {
    ...(notes.grades ? { grades: notes.grades.bands, gradesSource: notes.grades.source } : {}),
    ...(notes.percentage !== undefined ? { result: { kind: "percentage" as const, source: notes.percentage } } : {}),
  };
}

/** Each section's items' points added up, in one pass over the items. */
function pointsBySection(items: readonly RubricItem[]): Map<string, Decimal> {
  const sums = new Map<string, Decimal>();
  for (const item of items) sums.set(item.section, (sums.get(item.section) ?? new Decimal(0)).plus(item.points === null ? 0 : decimalOf(item.points)));
  return sums;
}
