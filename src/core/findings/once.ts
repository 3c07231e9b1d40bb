import type { Finding } from "./finding";

/**
 * A finding about the table itself (how its rows match a rubric, a section
 * whose items do not add up to its printed points) is said once, not once
 * per unit: a matrix reads the same table for every unit column, and unit
 * sheets copied from one official table repeat its misprint on every sheet.
 * SECTION_POINTS_MISMATCH is about the official table wherever it is
 * printed, so it is said once per section and figures across the workbook.
 */
export function onceEach(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    // A unit's own finding is never folded into another unit's.
    if (f.unit !== undefined) return true;
    const key = f.code === "SECTION_POINTS_MISMATCH" ? `${f.code}\u0000${JSON.stringify(f.params)}` : `${f.code}\u0000${f.sheet}\u0000${f.cell}\u0000${JSON.stringify(f.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
