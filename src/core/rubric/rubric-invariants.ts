import Decimal from "decimal.js";
import type { z } from "zod/mini";
import { reachesFullRange } from "./reachable-range";
import type { Rubric } from "./rubric-schema";

type Issue = (path: (string | number)[], message: string) => void;

function checkItems(rubric: Rubric, issue: Issue): void {
  const ids = new Set<string>();
  const sections = new Set(rubric.sections.map((s) => s.name));
  const kinds = new Map(rubric.sections.map((s) => [s.name, s.kind]));
  rubric.items.forEach((item, i) => {
    const named = `条目 ${item.id}`;
    if (ids.has(item.id)) issue(["items", i, "id"], `${named}：编号重复 / duplicate id`);
    ids.add(item.id);
    if (!sections.has(item.section)) issue(["items", i, "section"], `${named}：没有名为“${item.section}”的部分 / unknown section "${item.section}"`);
    item.clauses.forEach((c, k) => {
      // 再扣2分 aggravates a clause printed before it.
      if (c.kind === "aggravation" && c.aggravates >= k) issue(["items", i, "clauses", k], `${named}：加重扣分须指向它之前的一条规则 / an aggravation must point at a clause before it`);
    });
    if (item.points === null) return;
    const points = new Decimal(item.points);
    // A stated cap above the points is allowed (长子 征地信息 2分, 上限3分): the lower binds, and scoring reports CAP_ABOVE_POINTS.
    if (item.rangeNote === undefined && !item.deductionOnly && !reachesFullRange(points, item.clauses, kinds.get(item.section))) {
      issue(["items", i, "clauses"], `${named}：各条规则达不到本项 ${item.points} 分，请补全规则或用 rangeNote 说明原因 / its clauses cannot reach its ${item.points} points; add them or a rangeNote saying why`);
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
      issue(["sections", s, "points"], `部分 ${section.name}：条目分值合计 ${sum.toFixed()} 分，不是 ${section.points} 分（不一致时请用 pointsNote 说明）/ section ${section.name}: items add up to ${sum.toFixed()}, not ${section.points}`);
    }
  });
}

function checkReferences(rubric: Rubric, issue: Issue): void {
  const ids = new Set(rubric.items.map((i) => i.id));
  const sections = new Set(rubric.sections.map((s) => s.name));
  rubric.policies.forEach((policy, p) => {
    if (!("items" in policy) && !("sections" in policy)) return;
    for (const id of ("items" in policy ? policy.items : undefined) ?? []) if (!ids.has(id)) issue(["policies", p, "items"], `规则 ${policy.kind}：没有条目“${id}” / policy ${policy.kind}: unknown item "${id}"`);
    for (const name of ("sections" in policy ? policy.sections : undefined) ?? []) if (!sections.has(name)) issue(["policies", p, "sections"], `规则 ${policy.kind}：没有部分“${name}” / policy ${policy.kind}: unknown section "${name}"`);
  });
}

function checkGrades(rubric: Rubric, issue: Issue): void {
  const grades = rubric.grades ?? [];
  for (let g = 1; g < grades.length; g++) {
    const above = grades[g - 1]?.min;
    const here = grades[g]?.min;
    if (above === undefined || (here !== undefined && new Decimal(here).gte(above))) {
      issue(["grades", g], `等级 ${grades[g]?.name}：等级须从最高分数线往下排列 / grade ${grades[g]?.name}: grades must be listed from the highest edge down`);
    }
  }
}

/** The invariants DESIGN.md §2 names, each message naming the item or section at fault. */
export function checkRubricInvariants(rubric: Rubric, ctx: z.core.$RefinementCtx<Rubric>): void {
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
