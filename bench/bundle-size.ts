// Gzipped sizes of what a user's Office downloads for the pane and the ribbon
// commands (test/build/bundle-budget.ts: the three scripts, the pages, the
// stylesheet), with the budget the build test asserts. dist/ is measured when
// it is at least as new as every file under src/ and webpack/; otherwise
// (missing or stale) a production build goes to a temporary directory,
// leaving dist/ alone.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BUDGET_BYTES, DOWNLOADED, gzippedBytes } from "../test/build/bundle-budget";

const ROOT = join(__dirname, "..");

export interface BundleSample {
  readonly source: "dist" | "temporary build";
  readonly bundles: readonly { readonly file: string; readonly bytes: number; readonly gzipBytes: number }[];
  readonly totalGzipBytes: number;
  readonly budgetBytes: number;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function distIsCurrent(dist: string): boolean {
  if (!DOWNLOADED.every((b) => existsSync(join(dist, b)))) return false;
  const built = Math.min(...DOWNLOADED.map((b) => statSync(join(dist, b)).mtimeMs));
  const sources = Math.max(newestMtime(join(ROOT, "src")), newestMtime(join(ROOT, "webpack")), statSync(join(ROOT, "webpack.config.js")).mtimeMs);
  return built >= sources;
}

function build(out: string): void {
  const webpack = join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  const run = spawnSync(process.execPath, [webpack, "--mode", "production", "--output-path", out], { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`webpack failed (${run.status}): ${(run.stderr || run.stdout).slice(-2000)}`);
}

export function measureBundles(): BundleSample {
  const dist = join(ROOT, "dist");
  const current = distIsCurrent(dist);
  const dir = current ? dist : mkdtempSync(join(tmpdir(), "kaohe-bench-dist-"));
  try {
    if (!current) build(dir);
    const bundles = DOWNLOADED.map((file) => ({ file, bytes: readFileSync(join(dir, file)).length, gzipBytes: gzippedBytes(dir, file) }));
    const totalGzipBytes = bundles.reduce((sum, b) => sum + b.gzipBytes, 0);
    return { source: current ? "dist" : "temporary build", bundles, totalGzipBytes, budgetBytes: BUDGET_BYTES };
  } finally {
    if (!current) rmSync(dir, { recursive: true, force: true });
  }
}
