import Decimal from "decimal.js";
import { toA1 } from "../grid/a1";
import type { SheetGrid } from "../grid/sheet-grid";
import type { Finding } from "../findings/finding";
import { readRowEntries } from "../layout/read-entries";
import type { ScoresheetTable } from "../layout/scoresheet";
import type { Rubric } from "../rubric/rubric-schema";
import type { ItemResult } from "./item-result";
import { scoreItem } from "./score-item";
import { scoreSection } from "./score-sections";
import type { ScoreOutput, SectionResult, UnitResult } from "./unit-result";

const ZERO = new Decimal(0);

function sumOf(sections: readonly SectionResult[], kind: SectionResult["kind"]): Decimal {
  return sections.filter((s) => s.kind === kind).reduce((acc, s) => acc.plus(s.score), ZERO);
}

/** 合计/总分 rows take the grand total; 小计 takes the section of the row above it. */
function totalOutputs(table: ScoresheetTable, items: readonly ItemResult[], sections: readonly SectionResult[], total: Decimal): ScoreOutput[] {
  const col = table.columns.score;
  if (col === undefined) return [];
  return table.totals.map((t) => {
    let value = total;
    if (t.label === "小计") {
      const above = [...items].reverse().find((i) => i.row < t.row);
      value = sections.find((s) => s.name === above?.section)?.score ?? ZERO;
    }
    return { sheet: table.sheet, cell: toA1(t.row, col), value };
  });
}

/** Scores one unit's table against its rubric: items, sections, totals, and the cells to fill. */
export function scoreTable(sheet: SheetGrid, table: ScoresheetTable, rubric: Rubric, rows: ReadonlyMap<string, number>): UnitResult {
  const findings: Finding[] = [];
  const sectionByName = new Map(rubric.sections.map((s) => [s.name, s]));
  const items: ItemResult[] = [];
  for (const item of rubric.items) {
    const row = rows.get(item.id);
    if (row === undefined) continue;
    const kind = sectionByName.get(item.section)?.kind ?? "base";
    const scored = scoreItem({ item, kind, entries: readRowEntries(sheet, table, row), sheet: sheet.name, row });
    items.push(scored.result);
    findings.push(...scored.findings);
  }
  const sections = rubric.sections.map((section) =>
    scoreSection(section, items, table.sections.find((l) => l.name === section.name), sheet.name, findings),
  );
  const base = sumOf(sections, "base");
  const bonus = sumOf(sections, "bonus");
  const penalty = sumOf(sections, "penalty").negated();
  const raw = base.plus(bonus).minus(penalty);
  const total = Decimal.max(raw, ZERO);
  const max = sections.filter((s) => s.kind === "base").reduce((acc, s) => acc.plus(s.max ?? ZERO), ZERO);
  const itemOutputs = items.flatMap((i): ScoreOutput[] =>
    i.outputCell === undefined || !i.applicable ? [] : [{ sheet: sheet.name, cell: i.outputCell, value: i.score }],
  );
  return {
    unit: table.unit,
    group: rubric.assesses,
    sheet: sheet.name,
    rubricId: rubric.id,
    items,
    sections,
    max,
    bonus,
    penalty,
    raw,
    total,
    outputs: [...itemOutputs, ...totalOutputs(table, items, sections, total)],
    findings,
  };
}
