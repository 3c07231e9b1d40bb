import { toA1 } from "../grid/a1";
import type { SheetGrid, WorkbookGrid } from "../grid/sheet-grid";
import type { Finding } from "../findings/finding";
import { finding } from "../findings/finding";
import type { SheetReading } from "../layout/read-scoresheets";
import { readScoresheets } from "../layout/read-scoresheets";
import type { ScoresheetTable } from "../layout/scoresheet";
import type { Catalog } from "../rubric/catalog";
import type { GroupsFile } from "../rubric/data-schemas";
import type { Rubric } from "../rubric/rubric-schema";
import type { CandidateMatch, MatchStats } from "../rubric/select-rubric";
import { matchCandidate } from "../rubric/select-rubric";
import type { RankedCandidate } from "./ranking-memo";
import { RankingMemo } from "./ranking-memo";
import { isOwnSheet } from "../ownership/ledger";
import type { ChoiceReason, ConfidenceLevel, RubricChoice, RubricChoices, StoredChoice, TableChoice, TableRef, UnreadableChoice } from "./rubric-choice";
import { NO_STORED_CHOICE, tableKey } from "./rubric-choice";

/** Where a table stands: column A of its header's first row (every unit of a matrix shares it). */
export function tableRef(table: ScoresheetTable): TableRef {
  return { sheet: table.sheet, anchor: toA1(table.headerRows[0] ?? table.firstRow, 0) };
}

/** 高: every row and item matched, points agree; 中: most (≥ 80 % of both); 低: fewer. */
export function confidenceOf(match: Pick<CandidateMatch, "stats" | "eligible">): ConfidenceLevel {
  const s = match.stats;
  if (s.matched === s.rows && s.matched === s.items && s.pointsDiffer === 0) return "high";
  return match.eligible ? "medium" : "low";
}

function describe(table: ScoresheetTable): string {
  const ref = tableRef(table);
  return `「${ref.sheet}」${ref.anchor} 的评分表`;
}

interface Wanted {
  readonly choice: RubricChoice;
  readonly reason: ChoiceReason;
}

/** What the user asked for this table, or auto with a finding when the stored choice cannot be honoured. */
function wantedFor(table: ScoresheetTable, catalog: Catalog, stored: StoredChoice, explicit: RubricChoice | undefined, findings: Finding[]): Wanted {
  if (explicit) return { choice: explicit, reason: "explicit" };
  const ref = tableRef(table);
  const own = stored.tables.find((t) => tableKey(t) === tableKey(ref))?.choice;
  const choice: RubricChoice | UnreadableChoice = own ?? stored.all ?? { kind: "auto" };
  if (choice.kind === "auto") return { choice, reason: "matched" };
  if (choice.kind === "unreadable") {
    findings.push(finding("STORED_RUBRIC_INVALID", ref.sheet, ref.anchor, { table: describe(table), reason: choice.reason }));
    return { choice: { kind: "auto" }, reason: "stored-fallback" };
  }
  if (choice.kind === "bundled" && !catalog.rubrics.some((r) => r.id === choice.id)) {
    findings.push(finding("STORED_RUBRIC_UNKNOWN", ref.sheet, ref.anchor, { rubric: choice.id, table: describe(table) }));
    return { choice: { kind: "auto" }, reason: "stored-fallback" };
  }
  return { choice, reason: "stored" };
}

function chosenRubric(choice: RubricChoice, catalog: Catalog): Rubric | undefined {
  if (choice.kind === "custom") return choice.rubric;
  if (choice.kind === "bundled") return catalog.rubrics.find((r) => r.id === choice.id);
  return undefined;
}

function chooseTable(table: ScoresheetTable, catalog: Catalog, wanted: Wanted, ranking: RankingMemo): TableChoice {
  const ranked = wanted.reason === "explicit" ? [] : ranking.rank(table);
  const alternatives = ranked.filter((c) => c.eligible).map((c) => ({ id: c.rubric.id, title: c.rubric.title, stats: c.stats }));
  const base = { ...tableRef(table), unit: table.unit, choice: wanted.choice, alternatives };
  if (wanted.choice.kind === "auto") {
    const best = ranked[0];
    if (best?.eligible) return { ...base, rubric: best.rubric, reason: wanted.reason, confidence: confidenceOf(best), stats: best.stats };
    return { ...base, rubric: undefined, reason: wanted.reason === "matched" ? "no-match" : wanted.reason, confidence: "low", stats: best?.stats };
  }
  const rubric = chosenRubric(wanted.choice, catalog);
  if (!rubric) return { ...base, rubric: undefined, reason: wanted.reason, confidence: "high", stats: undefined };
  const match: RankedCandidate = ranked.find((c) => c.rubric === rubric) ?? matchCandidate(table, rubric);
  return { ...base, rubric, reason: wanted.reason, confidence: confidenceOf(match), stats: match.stats };
}

/** The groups file 生成汇总 ranks by, as stored in the workbook; problems go to `findings` (chooseRubrics reports them). */
export function storedGroups(stored: StoredChoice, catalog: Catalog, findings: Finding[] = []): GroupsFile | undefined {
  const groups = stored.groups;
  if (!groups) return undefined;
  if (groups.kind === "custom") return groups.file;
  if (groups.kind === "unreadable") {
    findings.push(finding("STORED_RUBRIC_INVALID", "", "", { table: "考核分组名单", reason: groups.reason }));
    return undefined;
  }
  const found = catalog.groups.find((g) => g.id === groups.id);
  if (!found) findings.push(finding("STORED_RUBRIC_UNKNOWN", "", "", { rubric: groups.id, table: "考核分组名单" }));
  return found;
}

/**
 * The one choice of rubric for every table of a workbook, used by the CLI
 * and every host: an explicit choice (--rubric ID|FILE) wins; else the
 * table's stored choice, else the stored choice for all; else auto — the
 * bundled rubric the table matches best, or the sheet's own text when none
 * matches. A stored choice that cannot be honoured is a finding and the
 * table falls back to auto. Each table says how sure the match is.
 */
export function chooseRubrics(
  workbook: WorkbookGrid,
  catalog: Catalog,
  stored: StoredChoice = NO_STORED_CHOICE,
  explicit?: RubricChoice,
  /** How a sheet is read: scoreTablesOf passes its own so each sheet is read once for choosing and scoring. */
  read: (sheet: SheetGrid) => SheetReading = readScoresheets,
): RubricChoices {
  const findings: Finding[] = [];
  const tables: TableChoice[] = [];
  const seen = new Set<string>();
  const ranking = new RankingMemo(catalog.rubrics);
  for (const sheet of workbook.sheets) {
    if (isOwnSheet(sheet.name)) continue;
    for (const table of read(sheet).tables) {
      const key = tableKey(tableRef(table));
      if (seen.has(key)) continue;
      seen.add(key);
      tables.push(chooseTable(table, catalog, wantedFor(table, catalog, stored, explicit, findings), ranking));
    }
  }
  return { tables, findings, groups: storedGroups(stored, catalog, findings) };
}

/** The one choice every table shares (same rubric, same reason), for a pane that shows it once; undefined when they differ. */
export function sameForAll(choices: RubricChoices): TableChoice | undefined {
  const first = choices.tables[0];
  if (!first) return undefined;
  return choices.tables.every((t) => t.rubric?.id === first.rubric?.id && t.reason === first.reason) ? first : undefined;
}

/** Each choice's tables by key (the first of a key, as a search would find it), built once per choice. */
const BY_KEY = new WeakMap<RubricChoices, ReadonlyMap<string, TableChoice>>();

/** The choice for a table, by where it stands: an index, not a search, so a workbook of many units stays linear. */
export function choiceFor(choices: RubricChoices, table: ScoresheetTable): TableChoice | undefined {
  let byKey = BY_KEY.get(choices);
  if (byKey === undefined) {
    const index = new Map<string, TableChoice>();
    for (const t of choices.tables) if (!index.has(tableKey(t))) index.set(tableKey(t), t);
    byKey = index;
    BY_KEY.set(choices, byKey);
  }
  return byKey.get(tableKey(tableRef(table)));
}

export type { MatchStats };
