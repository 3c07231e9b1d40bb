// Gzipped sizes of the two bundles users download. dist/ is measured when it
// is at least as new as every file under src/; otherwise (missing or stale)
// a production build goes to a temporary directory, leaving dist/ alone.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const ROOT = join(__dirname, "..");
const BUNDLES = ["taskpane.js", "commands.js"] as const;

export interface BundleSample {
  readonly source: "dist" | "temporary build";
  readonly bundles: readonly { readonly file: string; readonly bytes: number; readonly gzipBytes: number }[];
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
  if (!BUNDLES.every((b) => existsSync(join(dist, b)))) return false;
  const built = Math.min(...BUNDLES.map((b) => statSync(join(dist, b)).mtimeMs));
  return built >= newestMtime(join(ROOT, "src"));
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
    const bundles = BUNDLES.map((file) => {
      const bytes = readFileSync(join(dir, file));
      return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
    });
    return { source: current ? "dist" : "temporary build", bundles };
  } finally {
    if (!current) rmSync(dir, { recursive: true, force: true });
  }
}
