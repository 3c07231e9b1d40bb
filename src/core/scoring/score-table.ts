import Decimal from "decimal.js";
import type { SheetGrid } from "../grid/sheet-grid";
import type { Finding } from "../findings/finding";
import { readRowEntries } from "../layout/read-entries";
import type { ScoresheetTable } from "../layout/scoresheet";
import type { Rubric, RubricSection } from "../rubric/rubric-schema";
import type { UnitLayout } from "./complete-unit";
import type { ItemResult } from "./item-result";
import { applyNotApplicable, isAllOrNothing } from "./item-policies";
import { scoreItem } from "./score-item";
import { sharedShares } from "./shared-points";

/** One zero for every row outside a unit's duties: Decimals are immutable, and sums read each instance once (exact-sum.ts). */
const ZERO = new Decimal(0);

/** A unit's items scored, before sections and totals (which may wait for cross-unit averages). */
export interface ScoredTable {
  readonly layout: UnitLayout;
  readonly rubric: Rubric;
  readonly items: readonly ItemResult[];
  readonly findings: readonly Finding[];
}

interface RubricFacts {
  readonly sectionByName: ReadonlyMap<string, RubricSection>;
  /** A veto policy with no item that names it (攀枝花 政务公开) is the unit's: 一票否决 may be written on any row. */
  readonly unitVeto: boolean;
}

/** What every unit's scoring asks of its rubric, worked out once per rubric. */
const FACTS = new WeakMap<Rubric, RubricFacts>();

function rubricFacts(rubric: Rubric): RubricFacts {
  let found = FACTS.get(rubric);
  if (found === undefined) {
    found = {
      sectionByName: new Map(rubric.sections.map((s) => [s.name, s])),
      unitVeto: rubric.policies.some((p) => p.kind === "veto") && !rubric.items.some((i) => i.clauses.some((c) => c.kind === "veto")),
    };
    FACTS.set(rubric, found);
  }
  return found;
}

/** Scores one unit's table item by item against its rubric, with the rubric's item policies applied. */
export function scoreTable(sheet: SheetGrid, table: ScoresheetTable, rubric: Rubric, rows: ReadonlyMap<string, number>): ScoredTable {
  const findings: Finding[] = [];
  const { sectionByName, unitVeto } = rubricFacts(rubric);
  const items: ItemResult[] = [];
  const shares = sharedShares(rubric, table.unit);
  for (const rubricItem of rubric.items) {
    const row = rows.get(rubricItem.id);
    if (row === undefined) continue;
    const share = shares.get(rubricItem.id);
    const item = share?.item ?? rubricItem;
    if (share && !share.applies) {
      // Not a row this unit is assessed on: out of its total, as 不涉及 would be.
      const zero = ZERO;
      items.push({ itemId: item.id, sheet: sheet.name, row, path: item.path, section: item.section, max: share.excluded, deduction: zero, bonus: zero, score: zero, applicable: false });
      continue;
    }
    const kind = sectionByName.get(item.section)?.kind ?? "base";
    const entries = readRowEntries(sheet, table, row);
    const scored = scoreItem({ item, kind, entries, sheet: sheet.name, row, allOrNothing: isAllOrNothing(rubric, item), unitVeto });
    items.push(scored.result);
    findings.push(...scored.findings);
  }
  const layout = {
    unit: table.unit,
    sheet: sheet.name,
    ...(table.columns.score === undefined ? {} : { scoreColumn: table.columns.score }),
    totals: table.totals,
    sectionLabels: table.sections,
  };
  return { layout, rubric, items: applyNotApplicable(items, rubric), findings };
}
