import type { Finding } from "../findings/finding";
import { finding } from "../findings/finding";
import type { GroupsFile } from "../rubric/data-schemas";
import { normalizeLabel } from "../text/normalize-text";
import type { UnitResult } from "../scoring/unit-result";

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
  const name = normalizeLabel(unit.unit);
  const found = groups.groups.find((g) => g.units.some((u) => normalizeLabel(u) === name));
  if (found) return found.name;
  findings.push(finding("UNIT_NO_GROUP", unit.sheet, "", { unit: unit.unit, groups: groups.groups.map((g) => g.name).join("、") }));
  return NO_GROUP;
}

/**
 * Merges the units of several workbooks for ranking: each gets its group
 * (from the groups file when given, else its rubric's), and a unit that
 * appears twice is an error naming both places; only its first appearance
 * is ranked.
 */
export function groupUnits(units: readonly SourcedUnit[], groups?: GroupsFile): UnitsByGroup {
  const findings: Finding[] = [];
  const seen = new Map<string, SourcedUnit>();
  const grouped: GroupedUnit[] = [];
  for (const entry of units) {
    const key = normalizeLabel(entry.unit.unit);
    const first = seen.get(key);
    if (first) {
      findings.push(
        finding("DUPLICATE_UNIT", entry.unit.sheet, "", {
          unit: entry.unit.unit,
          first: `${first.source}「${first.unit.sheet}」`,
          second: `${entry.source}「${entry.unit.sheet}」`,
        }),
      );
      continue;
    }
    seen.set(key, entry);
    grouped.push({ ...entry, group: groupOf(entry.unit, groups, findings) });
  }
  return { units: grouped, findings };
}
