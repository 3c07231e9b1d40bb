// `npm run validate` — the offline manifest check (validateManifestFile,
// which `npm run package` also runs over the package's manifest).
//   npx tsx scripts/validate-manifest.ts [manifest.xml] [--commands FILE] [--base URL]
// FILE defaults to src/commands/commands.ts beside the manifest; URL (the
// base every manifest URL sits under) to the dev server, https://localhost:3000/
// — give a release package's --url to check its manifest. Exit 0 when
// the manifest is fine, 1 when it has problems, 2 when it cannot be read.
import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { inspectManifest } from "./manifest-check";
import { formatProblem, type ManifestProblem } from "./manifest/problems";

interface Args {
  readonly manifest: string;
  readonly commands: string | undefined;
  readonly base: string | undefined;
}

function parseArgs(argv: readonly string[]): Args | string {
  let manifest: string | undefined;
  let commands: string | undefined;
  let base: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? "";
    if (arg === "--commands") {
      commands = argv[i + 1];
      i += 1;
      if (commands === undefined) return "--commands needs a file";
    } else if (arg === "--base") {
      base = argv[i + 1];
      i += 1;
      if (base === undefined) return "--base needs a URL";
    } else if (arg.startsWith("-")) {
      return `unknown option ${arg}`;
    } else if (manifest === undefined) {
      manifest = arg;
    } else {
      return `unexpected argument ${arg}`;
    }
  }
  return { manifest: manifest ?? "manifest.xml", commands, base };
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

export interface ManifestValidation {
  /** 0 fine, 1 problems, 2 the manifest cannot be read. */
  readonly code: 0 | 1 | 2;
  /** Printable lines: the problems (Chinese, then English), or the reason it cannot be read. */
  readonly errors: readonly string[];
  /** The one-line verdict. */
  readonly message: string;
}

/**
 * The offline check of one manifest file, as `npm run validate` runs it on
 * manifest.xml and `npm run package` on the package's own (with its base URL
 * and the package folder for the icons).
 */
export function validateManifestFile(manifest: string, options: { readonly commands?: string; readonly baseUrl?: string } = {}): ManifestValidation {
  const manifestPath = resolve(manifest);
  const manifestDir = dirname(manifestPath);
  const xml = readText(manifestPath);
  if (xml === undefined) {
    const message = `无法读取清单 ${manifestPath} — cannot read the manifest ${manifestPath}`;
    return { code: 2, errors: [message], message };
  }
  const commandsPath = resolve(options.commands ?? resolve(manifestDir, "src/commands/commands.ts"));
  const commands = readText(commandsPath);
  const shown = relative(process.cwd(), commandsPath);
  const missing: ManifestProblem[] =
    commands === undefined
      ? [{ code: "COMMANDS_SOURCE_MISSING", zh: `找不到命令源文件 ${shown}，无法核对 FunctionName`, en: `commands source ${shown} not found, so FunctionNames cannot be checked`, line: undefined }]
      : [];

  const { problems, summary } = inspectManifest(xml, commands ?? "", { manifestDir, ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }) });
  const all = [...missing, ...problems];
  if (all.length > 0) return { code: 1, errors: all.map(formatProblem), message: `${manifest}：${all.length} 个问题 — ${all.length} problem(s)` };
  const s = summary ?? { id: "?", version: "?", controls: 0, functions: 0 };
  return { code: 0, errors: [], message: `清单检查通过 — manifest OK: ${manifest} id ${s.id}, version ${s.version}, ${s.controls} ribbon controls (${s.functions} function commands)` };
}

function main(argv: readonly string[]): number {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    console.error(`${args}\nusage: tsx scripts/validate-manifest.ts [manifest.xml] [--commands FILE] [--base URL]`);
    return 2;
  }
  const result = validateManifestFile(args.manifest, { ...(args.commands === undefined ? {} : { commands: args.commands }), ...(args.base === undefined ? {} : { baseUrl: args.base }) });
  if (result.code === 2) {
    console.error(result.message);
    return 2;
  }
  for (const line of result.errors) console.error(line);
  if (result.code === 1) console.error(`\n${result.message}`);
  else console.log(result.message);
  return result.code;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
