// The rule-text parser against the curated rubrics: for every rule text in
// the five documents, the parsed clauses equal the curated ones, or the
// rubric file says why they differ (parseNote). The coverage figure is
// printed with the test output.
import { readdirSync } from "node:fs";
import type { Clause } from "../../src/core/rubric/clause-schema";
import type { Rubric, RubricItem } from "../../src/core/rubric/rubric-schema";
import { parseRuleText } from "../../src/core/rules/parse-rule-text";
import { loadRubricFile, RUBRICS_DIR } from "./load-rubric-file";

const rubrics: Rubric[] = readdirSync(RUBRICS_DIR)
  .filter((f) => f.endsWith(".json"))
  .map((f) => loadRubricFile(f.replace(/\.json$/, "")))
  .filter((f): f is Rubric => f.kind === "rubric");

const shape = (clauses: readonly Clause[]): unknown[] => clauses.map(({ text: _text, ...rest }) => rest);

interface Outcome {
  readonly rubric: string;
  readonly item: RubricItem;
  readonly agrees: boolean;
  readonly unparsed: readonly string[];
}

function compare(rubric: Rubric, item: RubricItem): Outcome {
  const rule = parseRuleText(item.rule);
  const bonus = parseRuleText(item.bonusRule ?? "");
  const parsed = [...rule.clauses, ...bonus.clauses];
  const unparsed = [...rule.unparsed, ...bonus.unparsed];
  const sameClauses = JSON.stringify(shape(parsed)) === JSON.stringify(shape(item.clauses));
  const parsedCap = rule.deductionCap;
  const curatedCap = item.deductionCap ?? item.clauses.find((c) => "cap" in c && c.cap !== undefined);
  const sameCap = parsedCap === undefined || parsedCap === item.deductionCap || curatedCap !== undefined;
  return { rubric: rubric.id, item, agrees: sameClauses && sameCap && unparsed.length === 0, unparsed };
}

const outcomes = rubrics.flatMap((r) => r.items.filter((i) => i.rule.trim() !== "" || (i.bonusRule ?? "").trim() !== "").map((i) => compare(r, i)));

afterAll(() => {
  const agreed = outcomes.filter((o) => o.agrees).length;
  const perRubric = rubrics
    .map((r) => {
      const mine = outcomes.filter((o) => o.rubric === r.id);
      return `  ${r.id}: ${mine.filter((o) => o.agrees).length}/${mine.length}`;
    })
    .join("\n");
  console.log(`规则文字解析覆盖率 / rule-text parse coverage: ${agreed}/${outcomes.length} = ${((100 * agreed) / Math.max(outcomes.length, 1)).toFixed(1)}%\n${perRubric}`);
});

it("covers every rubric file of the five documents", () => {
  expect(rubrics.length).toBeGreaterThanOrEqual(2);
  expect(outcomes.length).toBeGreaterThan(0);
});

it("parses every rule text into the curated clauses, or the rubric says why not", () => {
  const unexplained = outcomes
    .filter((o) => !o.agrees && o.item.parseNote === undefined)
    .map((o) => ({ rubric: o.rubric, item: o.item.id, rule: o.item.rule, curated: shape(o.item.clauses), parsed: shape(parseRuleText(o.item.rule).clauses), unparsed: o.unparsed }));
  expect(unexplained).toEqual([]);
});

it("never returns a clause whose quoted words are not in the rule", () => {
  for (const o of outcomes) {
    for (const c of parseRuleText(o.item.rule).clauses) expect(o.item.rule).toContain(c.text);
  }
});
