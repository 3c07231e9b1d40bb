// Counts exact / flagged / silently wrong readings over the corpus and over
// the seeds (the five documents' rubric files), per source file.
import { readdirSync } from "node:fs";
import type { Rubric } from "../../src/core/rubric/rubric-schema";
import { loadRubricFile, RUBRICS_DIR } from "../rubrics/load-rubric-file";
import type { Classified, Outcome } from "./classify-reading";
import { classify } from "./classify-reading";
import { loadCorpus } from "./load-corpus";

export interface MeasuredText {
  readonly source: string;
  readonly id: string;
  readonly rule: string;
  readonly result: Classified;
  /** The reading's clause kinds, for the report. */
  readonly kinds: readonly string[];
}

export type Counts = Record<Outcome, number>;

export interface Measurement {
  readonly texts: readonly MeasuredText[];
  readonly total: Counts;
  readonly bySource: ReadonlyMap<string, Counts>;
}

function count(texts: readonly MeasuredText[]): Counts {
  const counts: Counts = { exact: 0, flagged: 0, silent: 0 };
  for (const t of texts) counts[t.result.outcome] += 1;
  return counts;
}

function summarize(texts: readonly MeasuredText[]): Measurement {
  const bySource = new Map<string, Counts>();
  for (const source of [...new Set(texts.map((t) => t.source))]) bySource.set(source, count(texts.filter((t) => t.source === source)));
  return { texts, total: count(texts), bySource };
}

export function measureCorpus(): Measurement {
  const texts = loadCorpus().flatMap(({ name, file }) =>
    file.items.map((item) => ({
      source: name,
      id: item.id,
      rule: item.rule,
      result: classify(item.rule, item.bonusRule, item.points, item.reading),
      kinds: item.reading.clauses.map((c) => c.kind),
    })),
  );
  return summarize(texts);
}

export function measureSeeds(): Measurement {
  const rubrics = readdirSync(RUBRICS_DIR)
    .filter((f) => f.endsWith(".json"))
    .map((f) => loadRubricFile(f.replace(/\.json$/, "")))
    .filter((f): f is Rubric => f.kind === "rubric");
  const texts = rubrics.flatMap((r) =>
    r.items
      .filter((i) => i.rule.trim() !== "" || (i.bonusRule ?? "").trim() !== "")
      .map((i) => ({
        source: r.id,
        id: i.id,
        rule: i.rule,
        result: classify(i.rule, i.bonusRule, i.points, i, false),
        kinds: i.clauses.map((c) => c.kind),
      })),
  );
  return summarize(texts);
}

const share = (n: number, of: number): string => `${((100 * n) / Math.max(of, 1)).toFixed(1)}%`;

/** The figures as printed in the test output (and quoted in the README). */
export function formatMeasurement(title: string, m: Measurement): string {
  const n = m.texts.length;
  const lines = [`${title}: ${n} 条规则文字 / rule texts — 准确 exact ${m.total.exact} (${share(m.total.exact, n)}), 标注待审 flagged ${m.total.flagged} (${share(m.total.flagged, n)}), 静默误读 silently wrong ${m.total.silent} (${share(m.total.silent, n)})`];
  for (const [source, c] of m.bySource) {
    const of = c.exact + c.flagged + c.silent;
    lines.push(`  ${source}: ${of} — exact ${c.exact} (${share(c.exact, of)}), flagged ${c.flagged} (${share(c.flagged, of)}), silent ${c.silent} (${share(c.silent, of)})`);
  }
  return lines.join("\n");
}

/** The silently wrong texts, each with what differs, for whoever fixes the parser. */
export function formatSilent(m: Measurement): string {
  return m.texts
    .filter((t) => t.result.outcome === "silent")
    .map((t) => `  [${t.source}] ${t.id}: ${t.rule}\n    differs in ${t.result.differences.join(", ")}; parser read ${t.result.parsed.clauses.map((c) => c.kind).join("+") || "nothing"}, assessor ${t.kinds.join("+") || "nothing"}`)
    .join("\n");
}
