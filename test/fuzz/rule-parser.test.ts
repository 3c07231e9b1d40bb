// Issue 8: the rule parser never throws and never invents a clause (see
// invented.ts for the exact definition), on the real rule texts of every
// bundled rubric, on those texts mutated, and on random text.
import fc from "fast-check";
import { parseRuleText } from "../../src/core/rules/parse-rule-text";
import { inventions } from "./invented";
import { mutatedRule, randomRule } from "./mutate";
import { realRuleTexts } from "./rule-texts";

const SEEDS = realRuleTexts();

/** Parses and lists what it invented; a throw fails the property with the input shrunk. */
function check(text: string): void {
  const parsed = parseRuleText(text);
  const problems = inventions(text, parsed);
  if (problems.length > 0) throw new Error(`${problems.join("\n")}\ninput: ${JSON.stringify(text)}`);
}

test("the seeds are the rubrics' own rule texts", () => {
  expect(SEEDS.length).toBeGreaterThan(150);
});

test("every real rule text parses without inventing", () => {
  for (const text of SEEDS) check(text);
});

test("mutated real rule texts: no throw, no invention (10,000 runs)", () => {
  fc.assert(fc.property(mutatedRule(SEEDS), check), { numRuns: 10000, seed: 8 });
});

test("random text from the parser's alphabet: no throw, no invention (10,000 runs)", () => {
  fc.assert(fc.property(randomRule, check), { numRuns: 10000, seed: 80 });
});

test("arbitrary unicode strings: no throw, no invention (2,000 runs)", () => {
  fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), check), { numRuns: 2000, seed: 800 });
});

test("long texts stay fast: 20 real texts joined, 200 runs, none over 250 ms", () => {
  // A catastrophic backtrack in one of the patterns would show here as seconds, not milliseconds.
  const long = fc.array(mutatedRule(SEEDS), { minLength: 10, maxLength: 20 }).map((parts) => parts.join("；"));
  fc.assert(
    fc.property(long, (text) => {
      const start = performance.now();
      parseRuleText(text);
      return performance.now() - start < 250;
    }),
    { numRuns: 200, seed: 8000 },
  );
});
