// kaohe-cli.js: the whole CLI — the core, zod, decimal.js and exceljs — in
// one JavaScript file, for a PC that has Node.js but no npm access:
// `node kaohe-cli.js score 评分表.xlsx`. esbuild (the bundler tsx itself
// uses) reads the TypeScript sources directly.
import { build } from "esbuild";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

// The same entry as bin/kaohe.js, with main imported statically so the
// bundle holds it.
const ENTRY = `
import { main } from "./src/cli/main";
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => { console.error(error instanceof Error ? error.message : error); process.exitCode = 2; },
);
`;

export async function bundleCli(outFile: string, version: string): Promise<void> {
  await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, sourcefile: "kaohe-cli-entry.ts", loader: "ts" },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    minify: true,
    // Licences of what is inside (exceljs, zod, decimal.js …) stay in the file.
    legalComments: "eof",
    banner: { js: `#!/usr/bin/env node\n// 考核评分 kaohe ${version} — 单文件命令行 / single-file CLI: node kaohe-cli.js --help` },
    outfile: outFile,
    logLevel: "warning",
  });
}
