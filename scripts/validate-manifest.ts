// `npm run validate` — the offline manifest check.
//   npx tsx scripts/validate-manifest.ts [manifest.xml] [--commands FILE]
// FILE defaults to src/commands/commands.ts beside the manifest. Exit 0 when
// the manifest is fine, 1 when it has problems, 2 when it cannot be read.
import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { inspectManifest } from "./manifest-check";
import { formatProblem, type ManifestProblem } from "./manifest/problems";

interface Args {
  readonly manifest: string;
  readonly commands: string | undefined;
}

function parseArgs(argv: readonly string[]): Args | string {
  let manifest: string | undefined;
  let commands: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? "";
    if (arg === "--commands") {
      commands = argv[i + 1];
      i += 1;
      if (commands === undefined) return "--commands needs a file";
    } else if (arg.startsWith("-")) {
      return `unknown option ${arg}`;
    } else if (manifest === undefined) {
      manifest = arg;
    } else {
      return `unexpected argument ${arg}`;
    }
  }
  return { manifest: manifest ?? "manifest.xml", commands };
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

function main(argv: readonly string[]): number {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    console.error(`${args}\nusage: tsx scripts/validate-manifest.ts [manifest.xml] [--commands FILE]`);
    return 2;
  }
  const manifestPath = resolve(args.manifest);
  const manifestDir = dirname(manifestPath);
  const xml = readText(manifestPath);
  if (xml === undefined) {
    console.error(`无法读取清单 ${manifestPath} — cannot read the manifest ${manifestPath}`);
    return 2;
  }
  const commandsPath = resolve(args.commands ?? resolve(manifestDir, "src/commands/commands.ts"));
  const commands = readText(commandsPath);
  const shown = relative(process.cwd(), commandsPath);
  const missing: ManifestProblem[] =
    commands === undefined
      ? [{ code: "COMMANDS_SOURCE_MISSING", zh: `找不到命令源文件 ${shown}，无法核对 FunctionName`, en: `commands source ${shown} not found, so FunctionNames cannot be checked`, line: undefined }]
      : [];

  const { problems, summary } = inspectManifest(xml, commands ?? "", { manifestDir });
  const all = [...missing, ...problems];
  if (all.length > 0) {
    for (const p of all) console.error(formatProblem(p));
    console.error(`\n${args.manifest}：${all.length} 个问题 — ${all.length} problem(s)`);
    return 1;
  }
  const s = summary ?? { id: "?", version: "?", controls: 0, functions: 0 };
  console.log(`清单检查通过 — manifest OK: ${args.manifest} id ${s.id}, version ${s.version}, ${s.controls} ribbon controls (${s.functions} function commands)`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
