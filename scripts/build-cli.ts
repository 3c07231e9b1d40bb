// `npm run build:cli` (and npm ci's "prepare"): src/**/*.ts → lib/**/*.js,
// one file for one file, so `npx kaohe` (bin/kaohe.js → lib/cli/main.js)
// starts without a TypeScript compiler.
//
// esbuild only strips types: checking them is `npm run typecheck`'s job, and
// an install must not fail on a type error. One file for one file keeps lib/
// at the same depth as src/, so a path written relative to the sources
// (load-rubric's __dirname/../../rubrics, a require of ../../rubrics/x.json)
// means the same place from lib/. Tests are left out.
//
// Then lib/cli/run-command.js — all main.ts loads once a command runs — is
// written again as one bundle of it and everything it imports, node_modules
// included: a process resolving and compiling one file instead of some 600
// (exceljs alone is ~400) starts a fifth faster (bench/cli-process.ts). It
// sits where the per-file build put it, so __dirname-relative paths hold.
import { build } from "esbuild";
import { readdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "..");
const SRC = join(ROOT, "src");
const LIB = join(ROOT, "lib");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Compiles src/ into `lib` (lib/ by default; a test builds into a folder of its own). Returns the number of files. */
export async function buildCli(lib = LIB): Promise<number> {
  const entryPoints = sources(SRC);
  rmSync(lib, { recursive: true, force: true });
  await build({
    entryPoints,
    outdir: lib,
    outbase: SRC,
    bundle: false,
    platform: "node",
    format: "cjs",
    target: "node20",
    // import("./commands/score") becomes a require: a native import() of an
    // extensionless path fails in Node, and require keeps it lazy all the same.
    supported: { "dynamic-import": false },
    logLevel: "warning",
  });
  await build({
    entryPoints: [join(SRC, "cli", "run-command.ts")],
    outfile: join(lib, "cli", "run-command.js"),
    allowOverwrite: true,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    // Whitespace and syntax only: names stay, so a stack trace still reads.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: "none",
    logLevel: "warning",
  });
  return entryPoints.length;
}

if (require.main === module) {
  buildCli().then(
    (count) => console.log(`lib/：已编译 ${count} 个文件 / compiled ${count} files from ${relative(process.cwd(), SRC) || "src"}/`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
