import type { SheetGrid, WorkbookGrid } from "./grid/sheet-grid";
import type { Finding } from "./findings/finding";
import { finding, ofUnit } from "./findings/finding";
import { onceEach } from "./findings/once";
import { uncalculatedFormulas } from "./findings/uncalculated-formulas";
import { duplicateUnits } from "./summary/summarize-units";
import { KNOWN_HEADER_WORDS } from "./layout/header-synonyms";
import type { SheetReading } from "./layout/read-scoresheets";
import { readScoresheets } from "./layout/read-scoresheets";
import type { LedgerEntry } from "./ownership/ledger";
import { isOwnSheet, LEDGER_SHEET, readLedger } from "./ownership/ledger";
import type { CellWrite } from "./ownership/plan-writes";
import { planWrites } from "./ownership/plan-writes";
import type { InferredRubric } from "./rubric/infer-rubric";
import { inferRubric } from "./rubric/infer-rubric";
import { selectRubric } from "./rubric/select-rubric";
import { choiceFor, chooseRubrics } from "./choice/choose-rubrics";
import { readStoredChoice } from "./choice/stored-choice";
import type { Catalog } from "./rubric/catalog";
import type { RubricChoices } from "./choice/rubric-choice";
import { shareInferredGroups } from "./rubric/table-group";
import type { ScoresheetTable } from "./layout/scoresheet";
import { checkAdoption } from "./adoption/check-adoption";
import type { AdoptionCounts } from "./adoption/read-adoption-sheet";
import { readAdoptionSheet } from "./adoption/read-adoption-sheet";
import type { AdoptionScaleFile, TargetsFile } from "./rubric/data-schemas";
import { matchRubric } from "./rubric/match-rubric";
import type { Rubric } from "./rubric/rubric-schema";
import { completeUnit } from "./scoring/complete-unit";
import { resolveAverages } from "./scoring/resolve-averages";
import type { ScoredTable } from "./scoring/score-table";
import { scoreTable } from "./scoring/score-table";
import type { UnitResult } from "./scoring/unit-result";

export interface WorkbookScore {
  readonly units: readonly UnitResult[];
  /** Every finding: reading, scoring and ownership, in sheet order. */
  readonly findings: readonly Finding[];
  readonly writes: readonly CellWrite[];
  readonly ledger: readonly LedgerEntry[];
}

/**
 * The whole recalculation over plain grids: read every table where it
 * stands, match it to the rubric (or read the rules from the sheet's own
 * text), score each unit, and plan the writes into cells Kaohe owns. Both
 * the CLI and the Excel adapter call this and only apply its writes.
 */
export interface ScoreOptions {
  /** Score every table against this rubric instead of the sheet's own text. */
  readonly rubric?: Rubric;
  /** --rubric auto: each table against the candidate it matches best, else the sheet's own text. */
  readonly candidates?: readonly Rubric[];
  /** The choice per table (chooseRubrics): wins over rubric and candidates; its stored-choice findings are reported. */
  readonly choices?: RubricChoices;
  /** --rubric auto as the add-in does it: choose per table from this catalog, honouring the workbook's stored choice. */
  readonly auto?: Catalog;
  /** Data files rubrics refer to by id (攀枝花 任务分配表, 计分标准). */
  readonly data?: { readonly targets: readonly TargetsFile[]; readonly scales: readonly AdoptionScaleFile[] };
}

/** 攀枝花 采用情况: check typed scores against the workbook's adoption sheet, where the rubric says how. */
function withAdoptionChecks(tables: readonly ScoredTable[], sheets: readonly SheetGrid[], options: ScoreOptions): ScoredTable[] {
  const counts = new Map<string, AdoptionCounts | undefined>();
  return tables.map((table) => {
    const targets = options.data?.targets.find((t) => t.id === table.rubric.targets);
    const scale = options.data?.scales.find((a) => a.id === table.rubric.adoptionScale);
    if (!targets || !scale) return table;
    if (!counts.has(scale.id)) counts.set(scale.id, sheets.map((sheet) => readAdoptionSheet(sheet, scale)).find((c) => c !== undefined));
    const found = counts.get(scale.id);
    return found ? { ...table, findings: [...table.findings, ...checkAdoption(table, { counts: found, targets, scale })] } : table;
  });
}

function rubricFor(table: ScoresheetTable, options: ScoreOptions, sheet: SheetGrid): InferredRubric {
  const chosen = options.choices ? choiceFor(options.choices, table) : undefined;
  if (chosen) return chosen.rubric ? { rubric: chosen.rubric, ...matchRubric(table, chosen.rubric) } : inferRubric(table, sheet);
  if (options.rubric) return { rubric: options.rubric, ...matchRubric(table, options.rubric) };
  const selected = options.candidates ? selectRubric(table, options.candidates) : undefined;
  return selected ?? inferRubric(table, sheet);
}

/** Phase one for a workbook: every table read, matched to its rubric and scored item by item. */
export function scoreTablesOf(workbook: WorkbookGrid, given: ScoreOptions = {}): { scored: ScoredTable[]; findings: Finding[] } {
  // Choosing reads every sheet too: its readings are kept for the scoring below, so each sheet is read once.
  const readings = new Map<SheetGrid, SheetReading>();
  const readForChoice = (sheet: SheetGrid): SheetReading => {
    const reading = readings.get(sheet) ?? readScoresheets(sheet);
    readings.delete(sheet);
    readings.set(sheet, reading);
    return reading;
  };
  const options = given.auto && !given.choices ? { ...given, choices: chooseRubrics(workbook, given.auto, readStoredChoice(workbook), undefined, readForChoice) } : given;
  const findings: Finding[] = [...(options.choices?.findings ?? [])];
  const scored: ScoredTable[] = [];
  let closest: { sheet: string; row: number; text: string } | undefined;
  const scoresheets = workbook.sheets.filter((s) => !isOwnSheet(s.name));
  for (const sheet of scoresheets) {
    const reading = readings.get(sheet) ?? readScoresheets(sheet);
    readings.delete(sheet);
    if (reading.tables.length > 0) findings.push(...uncalculatedFormulas(sheet));
    if (reading.tables.length === 0 && reading.closest && !closest) closest = { sheet: sheet.name, ...reading.closest };
    findings.push(...reading.findings);
    for (const table of reading.tables) {
      const { rubric, rows, findings: matching } = rubricFor(table, options, sheet);
      findings.push(...matching);
      scored.push(scoreTable(sheet, table, rubric, rows));
    }
  }
  if (scored.length === 0) {
    const sheet = closest?.sheet ?? scoresheets[0]?.name ?? "";
    findings.push(
      finding("NO_TABLE", sheet, "", {
        lookedFor: KNOWN_HEADER_WORDS.join("、"),
        closestRow: closest ? String(closest.row + 1) : "-",
        closestText: closest?.text ?? "",
      }),
    );
  }
  return { scored: withAdoptionChecks(shareInferredGroups(scored), scoresheets, options), findings: onceEach(findings) };
}

/** Phase two: cross-unit averages resolved over all the tables given, then sections and totals. */
export function completeTables(scored: readonly ScoredTable[]): UnitResult[] {
  return resolveAverages(scored).map((table) => {
    const unit = completeUnit(table.layout, table.items, table.rubric, table.findings);
    // Each finding of a unit's scoring belongs to it (a matrix holds many units on one sheet).
    return { ...unit, findings: unit.findings.map((f) => ofUnit(f, unit.unit)) };
  });
}

/** Findings about cells Kaohe writes (a foreign value in a 得分 cell) belong to the unit the cell scores. */
function withOutputUnits(findings: readonly Finding[], units: readonly UnitResult[]): Finding[] {
  const owner = new Map<string, string>();
  for (const unit of units) for (const out of unit.outputs) owner.set(`${out.sheet}!${out.cell}`, unit.unit);
  return findings.map((f) => {
    const unit = owner.get(`${f.sheet}!${f.cell}`);
    return unit === undefined ? f : ofUnit(f, unit);
  });
}

export function scoreWorkbook(workbook: WorkbookGrid, options: ScoreOptions = {}): WorkbookScore {
  const { scored, findings } = scoreTablesOf(workbook, options);
  const units = completeTables(scored);
  for (const unit of units) findings.push(...unit.findings);
  findings.push(...duplicateUnits(units.map((unit) => ({ unit, source: "" }))).findings);
  const sheets = new Map(workbook.sheets.map((s) => [s.name, s]));
  const plan = planWrites(
    units.flatMap((u) => u.outputs),
    sheets,
    readLedger(sheets.get(LEDGER_SHEET)),
  );
  findings.push(...withOutputUnits(plan.findings, units));
  return { units, findings, writes: plan.writes, ledger: plan.ledger };
}
