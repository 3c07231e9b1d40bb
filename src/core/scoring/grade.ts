import Decimal from "decimal.js";
import type { Rubric } from "../rubric/rubric-schema";

/**
 * The grade band a total falls in. Bands are listed from the highest edge
 * down; "以上" includes its number, "以下" does not (三河), as each band's
 * minInclusive says.
 */
export function gradeFor(total: Decimal, grades: Rubric["grades"]): string | null {
  for (const band of grades ?? []) {
    if (band.min === undefined) return band.name;
    const min = new Decimal(band.min);
    if (band.minInclusive ? total.gte(min) : total.gt(min)) return band.name;
  }
  return null;
}

export function lowestGrade(grades: Rubric["grades"]): string | null {
  return grades?.[grades.length - 1]?.name ?? null;
}
