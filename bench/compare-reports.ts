// Before/after check for speed work on the core: scores every generated
// fixture the way the CLI does (with --rubric auto, and with no rubric) and
// writes one JSON file of every report, writes and ledger. Run it before a
// change and after; the two files must be byte-identical.
//   npx tsx bench/compare-reports.ts OUT.json [BASELINE.json]
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { rubricScoreOptions } from "../src/cli/load-rubric";
import { runScoring } from "../src/cli/commands/run-scoring";

const ROOT = join(__dirname, "..");
const FIXTURES = join(ROOT, "test", "fixtures", "generated");

function xlsxFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return xlsxFiles(path);
      return /\.xlsx$/i.test(name) ? [path] : [];
    });
}

async function scoreOne(path: string, rubric: string | undefined): Promise<unknown> {
  try {
    const { score, report } = await runScoring(path, rubricScoreOptions(rubric));
    return { report, writes: score.writes, ledger: score.ledger, findings: score.findings };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

async function main(): Promise<void> {
  const [out, baseline] = process.argv.slice(2);
  if (!out) throw new Error("usage: compare-reports.ts OUT.json [BASELINE.json]");
  const files = xlsxFiles(FIXTURES);
  const results: Record<string, unknown> = {};
  for (const file of files) {
    const key = relative(ROOT, file);
    results[key] = { auto: await scoreOne(file, "auto"), sheetText: await scoreOne(file, undefined) };
  }
  const text = JSON.stringify(results, null, 1);
  writeFileSync(out, text);
  process.stdout.write(`${files.length} fixtures scored twice → ${out} (${text.length} chars)\n`);
  if (baseline) {
    const before = readFileSync(baseline, "utf8");
    if (before !== text) {
      const old = JSON.parse(before) as Record<string, unknown>;
      const differing = Object.keys(results).filter((k) => JSON.stringify(old[k]) !== JSON.stringify(results[k]));
      process.stdout.write(`DIFFERENT from ${baseline}: ${differing.join(", ") || "(key order)"}\n`);
      process.exitCode = 1;
    } else process.stdout.write(`identical to ${baseline}\n`);
  }
}

void main();
