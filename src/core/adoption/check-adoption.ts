import Decimal from "decimal.js";
import type { Finding } from "../findings/finding";
import { finding } from "../findings/finding";
import type { AdoptionScaleFile, TargetsFile } from "../rubric/data-schemas";
import type { ScoredTable } from "../scoring/score-table";
import { normalizeLabel } from "../text/normalize-text";
import { adoptedPoints } from "./adopted-points";
import type { AdoptionCounts } from "./read-adoption-sheet";
import type { AdoptionPart } from "./score-adoption";
import { scoreAdoption } from "./score-adoption";

export interface AdoptionData {
  readonly counts: AdoptionCounts;
  readonly targets: TargetsFile;
  readonly scale: AdoptionScaleFile;
}

function describeParts(parts: readonly AdoptionPart[]): string {
  const level = { city: "市级", province: "省级" } as const;
  return parts
    .map((p) => `${level[p.level]} ${p.adopted.toFixed()}/${p.target.toFixed()}=${p.ratio.toDecimalPlaces(2).toFixed()}% → ${p.share.toFixed()}×${p.points.toFixed()}=${p.score.toFixed()}`)
    .join("；");
}

/**
 * 攀枝花 采用情况: the assessor types the item's score; Kaohe works it out
 * from the unit's adoption counts and targets and lists every difference,
 * with the working, on the typed cell. The typed score is never replaced.
 */
export function checkAdoption(table: ScoredTable, data: AdoptionData): Finding[] {
  const findings: Finding[] = [];
  const unitKey = normalizeLabel(table.layout.unit);
  for (const result of table.items) {
    const item = table.rubric.items.find((i) => i.id === result.itemId);
    if (!item?.clauses.some((c) => c.kind === "ratio" && c.target !== undefined)) continue;
    const cell = result.outputCell ?? result.entryCell ?? "";
    const target = data.targets.units.find((u) => normalizeLabel(u.unit) === unitKey);
    if (!target) {
      findings.push(finding("UNIT_NO_TARGET", table.layout.sheet, cell, { unit: table.layout.unit, targets: data.targets.id }));
      continue;
    }
    const counts = data.counts.units.get(unitKey);
    if (!counts) {
      findings.push(finding("ADOPTION_COUNTS_MISSING", table.layout.sheet, cell, { unit: table.layout.unit, sheet: data.counts.sheet }));
      continue;
    }
    const targets = { city: target.city === null ? null : new Decimal(target.city), province: target.province === null ? null : new Decimal(target.province) };
    const computed = scoreAdoption(item, table.rubric, targets, adoptedPoints(counts, data.scale));
    if (result.applicable && !computed.score.eq(result.score)) {
      findings.push(
        finding("ADOPTION_SCORE_DIFFERS", table.layout.sheet, cell, {
          item: item.path.join(" / "),
          typed: result.score.toFixed(),
          computed: computed.score.toFixed(),
          working: describeParts(computed.parts),
        }),
      );
    }
  }
  return findings;
}
