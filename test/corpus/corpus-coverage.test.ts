// The measuring harness of issue 14: today's rule-text parser against the
// development corpus (published rubrics from outside the five documents) and
// against the seeds (the five documents' rubric files). Every text is exact,
// flagged or silently wrong; the counts are printed and must not get worse
// than test/corpus/baseline.json (tighten it when the parser improves).
import type { CoverageLimits } from "./read-baseline";
import { readBaseline } from "./read-baseline";
import type { Measurement } from "./measure-coverage";
import { formatMeasurement, formatSilent, measureCorpus, measureSeeds } from "./measure-coverage";

const baseline = readBaseline();

const corpus = measureCorpus();
const seeds = measureSeeds();

afterAll(() => {
  console.log(
    [
      formatMeasurement("语料 / corpus", corpus),
      formatMeasurement("种子 / seeds (five documents)", seeds),
      `静默误读 / silently wrong in the corpus:\n${formatSilent(corpus) || "  none"}`,
      `静默误读 / silently wrong in the seeds:\n${formatSilent(seeds) || "  none"}`,
    ].join("\n\n"),
  );
});

function expectNoWorse(m: Measurement, limit: CoverageLimits): void {
  expect({ texts: m.texts.length >= limit.texts, exact: m.total.exact >= limit.exact, silent: m.total.silent <= limit.silent }).toEqual({ texts: true, exact: true, silent: true });
}

describe("rule-text coverage on the development corpus", () => {
  it("holds at least 150 texts from at least 12 published rubrics", () => {
    expect(corpus.texts.length).toBeGreaterThanOrEqual(150);
    expect(corpus.bySource.size).toBeGreaterThanOrEqual(12);
  });

  it("reads no worse than the recorded baseline", () => {
    expectNoWorse(corpus, baseline.corpus);
  });

  it("classifies every text exactly once", () => {
    const { exact, flagged, silent } = corpus.total;
    expect(exact + flagged + silent).toBe(corpus.texts.length);
  });
});

describe("rule-text coverage on the seeds", () => {
  it("reads no worse than the recorded baseline", () => {
    expect(seeds.texts.length).toBeGreaterThan(0);
    expectNoWorse(seeds, baseline.seeds);
  });
});
