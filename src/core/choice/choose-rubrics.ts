import { toA1 } from "../grid/a1";
import type { WorkbookGrid } from "../grid/sheet-grid";
import type { Finding } from "../findings/finding";
import { finding } from "../findings/finding";
import { readScoresheets } from "../layout/read-scoresheets";
import type { ScoresheetTable } from "../layout/scoresheet";
import type { Catalog } from "../rubric/catalog";
import type { GroupsFile } from "../rubric/data-schemas";
import type { Rubric } from "../rubric/rubric-schema";
import type { CandidateMatch, MatchStats } from "../rubric/select-rubric";
import { matchCandidate, rankCandidates } from "../rubric/select-rubric";
import { isOwnSheet } from "../ownership/ledger";
import type { ChoiceReason, ConfidenceLevel, RubricChoice, RubricChoices, StoredChoice, TableChoice, TableRef, UnreadableChoice } from "./rubric-choice";
import { NO_STORED_CHOICE, tableKey } from "./rubric-choice";

/** Where a table stands: column A of its header's first row (every unit of a matrix shares it). */
export function tableRef(table: ScoresheetTable): TableRef {
  return { sheet: table.sheet, anchor: toA1(table.headerRows[0] ?? table.firstRow, 0) };
}

/** 高: every row and item matched, points agree; 中: most (≥ 80 % of both); 低: fewer. */
export function confidenceOf(match: CandidateMatch): ConfidenceLevel {
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

function chooseTable(table: ScoresheetTable, catalog: Catalog, wanted: Wanted): TableChoice {
  const ranked = wanted.reason === "explicit" ? [] : rankCandidates(table, catalog.rubrics);
  const alternatives = ranked.filter((c) => c.eligible).map((c) => ({ id: c.rubric.id, title: c.rubric.title, stats: c.stats }));
  const base = { ...tableRef(table), unit: table.unit, choice: wanted.choice, alternatives };
  if (wanted.choice.kind === "auto") {
    const best = ranked[0];
    if (best?.eligible) return { ...base, rubric: best.rubric, reason: wanted.reason, confidence: confidenceOf(best), stats: best.stats };
    return { ...base, rubric: undefined, reason: wanted.reason === "matched" ? "no-match" : wanted.reason, confidence: "low", stats: best?.stats };
  }
  const rubric = chosenRubric(wanted.choice, catalog);
  if (!rubric) return { ...base, rubric: undefined, reason: wanted.reason, confidence: "high", stats: undefined };
  const match = ranked.find((c) => c.rubric === rubric) ?? matchCandidate(table, rubric);
  return { ...base, rubric, reason: wanted.reason, confidence: confidenceOf(match), stats: match.stats };
}

function storedGroups(stored: StoredChoice, catalog: Catalog, findings: Finding[]): GroupsFile | undefined {
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
export function chooseRubrics(workbook: WorkbookGrid, catalog: Catalog, stored: StoredChoice = NO_STORED_CHOICE, explicit?: RubricChoice): RubricChoices {
  const findings: Finding[] = [];
  const tables: TableChoice[] = [];
  const seen = new Set<string>();
  for (const sheet of workbook.sheets) {
    if (isOwnSheet(sheet.name)) continue;
    for (const table of readScoresheets(sheet).tables) {
      const key = tableKey(tableRef(table));
      if (seen.has(key)) continue;
      seen.add(key);
      tables.push(chooseTable(table, catalog, wantedFor(table, catalog, stored, explicit, findings)));
    }
  }
  return { tables, findings, groups: storedGroups(stored, catalog, findings) };
}

/** The choice for a table, by where it stands. */
export function choiceFor(choices: RubricChoices, table: ScoresheetTable): TableChoice | undefined {
  const key = tableKey(tableRef(table));
  return choices.tables.find((t) => tableKey(t) === key);
}

export type { MatchStats };
