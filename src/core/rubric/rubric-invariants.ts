import Decimal from "decimal.js";
import type { z } from "zod";
import { reachesFullRange } from "./reachable-range";
import type { Rubric } from "./rubric-schema";

type Issue = (path: (string | number)[], message: string) => void;

function checkItems(rubric: Rubric, issue: Issue): void {
  const ids = new Set<string>();
  const sections = new Set(rubric.sections.map((s) => s.name));
  const kinds = new Map(rubric.sections.map((s) => [s.name, s.kind]));
  rubric.items.forEach((item, i) => {
    const named = `item ${item.id}`;
    if (ids.has(item.id)) issue(["items", i, "id"], `${named}: duplicate id`);
    ids.add(item.id);
    if (!sections.has(item.section)) issue(["items", i, "section"], `${named}: unknown section "${item.section}"`);
    if (item.points === null) return;
    const points = new Decimal(item.points);
    if (item.deductionCap !== undefined && !item.deductionOnly && points.lt(item.deductionCap)) {
      issue(["items", i, "deductionCap"], `${named}: deduction cap ${item.deductionCap} exceeds its points ${item.points}`);
    }
    if (item.rangeNote === undefined && !item.deductionOnly && !reachesFullRange(points, item.clauses, kinds.get(item.section))) {
      issue(["items", i, "clauses"], `${named}: its clauses cannot reach its ${item.points} points; add them or a rangeNote saying why`);
    }
  });
}

function checkSections(rubric: Rubric, issue: Issue): void {
  rubric.sections.forEach((section, s) => {
    if (section.kind !== "base" || section.points === null || section.pointsNote !== undefined) return;
    const sum = rubric.items
      .filter((item) => item.section === section.name && !item.deductionOnly)
      .reduce((acc, item) => acc.plus(item.points ?? 0), new Decimal(0));
    if (!sum.eq(section.points)) {
      issue(["sections", s, "points"], `section ${section.name}: items add up to ${sum.toFixed()}, not ${section.points}`);
    }
  });
}

function checkReferences(rubric: Rubric, issue: Issue): void {
  const ids = new Set(rubric.items.map((i) => i.id));
  const sections = new Set(rubric.sections.map((s) => s.name));
  rubric.policies.forEach((policy, p) => {
    if (!("items" in policy)) return;
    for (const id of policy.items ?? []) if (!ids.has(id)) issue(["policies", p, "items"], `policy ${policy.kind}: unknown item "${id}"`);
    for (const name of ("sections" in policy ? policy.sections : undefined) ?? []) if (!sections.has(name)) issue(["policies", p, "sections"], `policy ${policy.kind}: unknown section "${name}"`);
  });
}

function checkGrades(rubric: Rubric, issue: Issue): void {
  const grades = rubric.grades ?? [];
  for (let g = 1; g < grades.length; g++) {
    const above = grades[g - 1]?.min;
    const here = grades[g]?.min;
    if (above === undefined || (here !== undefined && new Decimal(here).gte(above))) {
      issue(["grades", g], `grade ${grades[g]?.name}: grades must be listed from the highest edge down`);
    }
  }
}

/** The invariants DESIGN.md §2 names, each message naming the item or section at fault. */
export function checkRubricInvariants(rubric: Rubric, ctx: z.RefinementCtx): void {
  const issue: Issue = (path, message) => ctx.addIssue({ code: "custom", path, message });
  try {
    checkItems(rubric, issue);
    checkSections(rubric, issue);
    checkReferences(rubric, issue);
    checkGrades(rubric, issue);
  } catch (error) {
    // zod runs this refinement even when a field failed its own check ("points": "many"):
    // that field's message is already given, and the invariants cannot be judged on it.
    if (!(error instanceof Error && error.message.includes("DecimalError"))) throw error;
  }
}
