import type { Finding } from "../findings/finding";
import { finding, ofUnit } from "../findings/finding";
import type { GroupsFile } from "../rubric/data-schemas";
import type { UnitResult } from "../scoring/unit-result";
import { assessmentKey, unitCell, unitKey, unitPlace } from "./unit-key";

/** A scored unit and the workbook it came from. */
export interface SourcedUnit {
  readonly unit: UnitResult;
  readonly source: string;
}

export interface GroupedUnit extends SourcedUnit {
  readonly group: string;
}

export interface UnitsByGroup {
  readonly units: readonly GroupedUnit[];
  readonly findings: readonly Finding[];
}

const NO_GROUP = "未分组";

function groupOf(unit: UnitResult, groups: GroupsFile | undefined, findings: Finding[]): string {
  if (!groups) return unit.group;
  const name = unitKey(unit.unit);
  const found = groups.groups.find((g) => g.units.some((u) => unitKey(u) === name));
  if (found) return found.name;
  findings.push(ofUnit(finding("UNIT_NO_GROUP", unit.sheet, "", { unit: unit.unit, groups: groups.groups.map((g) => g.name).join("、") }), unit.unit));
  return NO_GROUP;
}

/**
 * The same unit twice under the same rubric: an error naming both places
 * (file, sheet and cell). The same unit under two rubrics (攀枝花's 公开
 * and 效能 tables) is two assessments, not a duplicate. Names are compared
 * as unitKey has them. Returns the findings and the units kept (the first
 * of each).
 */
export function duplicateUnits(units: readonly SourcedUnit[]): { kept: SourcedUnit[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const seen = new Map<string, SourcedUnit>();
  const kept: SourcedUnit[] = [];
  for (const entry of units) {
    const key = `${assessmentKey(entry.unit)}\u0000${unitKey(entry.unit.unit)}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, entry);
      kept.push(entry);
      continue;
    }
    const f = finding("DUPLICATE_UNIT", entry.unit.sheet, unitCell(entry.unit), {
      unit: entry.unit.unit,
      first: unitPlace(first.unit, first.source),
      second: unitPlace(entry.unit, entry.source),
    });
    findings.push(ofUnit(f, entry.unit.unit));
  }
  return { kept, findings };
}

/**
 * Merges the units of several workbooks for ranking: each gets its group
 * (from the groups file when given, else its rubric's), and a unit that
 * appears twice under one rubric is an error naming both places; only its
 * first appearance is ranked.
 */
export function groupUnits(units: readonly SourcedUnit[], groups?: GroupsFile): UnitsByGroup {
  const { kept, findings } = duplicateUnits(units);
  const grouped = kept.map((entry): GroupedUnit => ({ ...entry, group: groupOf(entry.unit, groups, findings) }));
  return { units: grouped, findings };
}
