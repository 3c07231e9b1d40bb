// Offline check of the add-in only manifest. Microsoft's validator
// (`npm run validate:remote`) needs the internet; this one asserts what
// matters for Kaohe without it. The checks live in scripts/manifest/.
import { readFileSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { checkAssets, type AssetReader } from "./manifest/check-assets";
import { DEV_BASE } from "./manifest/dev-url";
import { checkBasics } from "./manifest/check-basics";
import { checkCommands } from "./manifest/check-commands";
import { checkResources } from "./manifest/check-resources";
import { checkRibbon } from "./manifest/check-ribbon";
import { collectInto, formatProblem, type ManifestProblem } from "./manifest/problems";
import { listResources } from "./manifest/resources";
import { child, parseXml } from "./manifest/xml-tree";

export type { ManifestProblem, ProblemCode } from "./manifest/problems";
export type { AssetReader } from "./manifest/check-assets";

export interface CheckOptions {
  /** Icon paths (assets/x.png) resolve against this; default: the current directory. */
  readonly manifestDir?: string;
  /** Replaces file reading, e.g. in tests; default reads under manifestDir. */
  readonly readAsset?: AssetReader;
  /** Every URL must sit under this base: the dev server by default, a release package's --url otherwise. */
  readonly baseUrl?: string;
}

export interface ManifestSummary {
  readonly id: string;
  readonly version: string;
  readonly controls: number;
  readonly functions: number;
}

export interface ManifestInspection {
  readonly problems: readonly ManifestProblem[];
  /** Undefined when the XML could not be parsed. */
  readonly summary: ManifestSummary | undefined;
}

export function fileAssetReader(manifestDir: string): AssetReader {
  return (path) => {
    const full = resolve(manifestDir, path);
    // A URL like /..%2F..%2Fetc must not read outside the project.
    const inside = relative(manifestDir, full);
    if (inside.startsWith("..") || isAbsolute(inside)) return undefined;
    try {
      return readFileSync(full);
    } catch {
      return undefined;
    }
  };
}

export function inspectManifest(xmlText: string, commandsSource: string, options: CheckOptions = {}): ManifestInspection {
  const problems: ManifestProblem[] = [];
  const report = collectInto(problems);
  const parsed = parseXml(xmlText);
  if (!parsed.ok) {
    problems.push({
      code: "XML_MALFORMED",
      zh: `清单不是格式正确的 XML：${parsed.message}`,
      en: `the manifest is not well-formed XML: ${parsed.message}`,
      line: parsed.line,
    });
    return { problems, summary: undefined };
  }
  const { root } = parsed;
  const base = options.baseUrl ?? DEV_BASE;
  checkBasics(root, report, base);
  checkResources(root, report, base);
  const ribbon = checkRibbon(root, report);
  checkCommands(ribbon.functions, commandsSource, root, report);
  const read = options.readAsset ?? fileAssetReader(options.manifestDir ?? process.cwd());
  checkAssets(root, listResources(root), read, report, base);
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return {
    problems,
    summary: {
      id: child(root, "Id")?.text ?? "",
      version: child(root, "Version")?.text ?? "",
      controls: ribbon.controls,
      functions: ribbon.functions.length,
    },
  };
}

/** Problems in the manifest as printable lines (Chinese, then English); empty when it is fine. */
export function checkManifest(xmlText: string, commandsSource: string, options: CheckOptions = {}): string[] {
  return inspectManifest(xmlText, commandsSource, options).problems.map(formatProblem);
}
