// `npm run package`: the release folder and zip an office's IT department
// serves from its own web server. Built in a staging folder beside the
// result and moved into place only when everything passed, so a failed run
// leaves the previous package (or nothing) behind.
//
// release/kaohe-VERSION/
//   taskpane.html/js/css, commands.html/js, assets/  the Office add-in (webpack)
//   office/                                          only with --office-js bundled
//   manifest.xml                                     every URL under --url
//   kaohe-cli.js                                     the single-file CLI
//   部署指南.md                                       the deployment guide
//   wps/offline/jsaddons/…, wps/online/…             the WPS 表格 add-in (docs/wps.md)
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { validateManifestFile } from "../validate-manifest";
import { buildWps } from "../wps/build-wps";
import { bundleCli } from "./cli-bundle";
import { BUNDLED_WARNING, copyBundledOfficeJs } from "./office-js";
import type { PackageOptions } from "./options";
import { releaseManifest } from "./release-manifest";

const ROOT = join(__dirname, "..", "..");
export const GUIDE_SOURCE = join(ROOT, "docs", "deployment-guide.md");
export const GUIDE_NAME = "部署指南.md";

export interface PackageResult {
  readonly version: string;
  readonly folder: string;
  readonly zip: string;
  readonly folderBytes: number;
  readonly zipBytes: number;
  readonly warnings: readonly string[];
}

export class PackageError extends Error {}

function runWebpack(outputPath: string, officeJs: string): Promise<void> {
  const args = [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", outputPath, "--env", `officeJs=${officeJs}`];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
    child.on("error", fail);
    child.on("exit", (code) => (code === 0 ? done() : fail(new PackageError(`webpack 构建失败（退出码 ${code ?? "?"}）/ the webpack build failed`))));
  });
}

/** The office.js each page loads, as absolute URLs once the page is served at baseUrl. */
export function officeJsOfPages(folder: string, baseUrl: string): string[] {
  return ["taskpane.html", "commands.html"].flatMap((page) => {
    const html = readFileSync(join(folder, page), "utf8");
    // Minified pages drop the quotes: src=office/office.js.
    const sources = [...html.matchAll(/<script\b[^>]*?\ssrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
    return sources.filter((src) => /(^|\/)office\.js$/.test(src)).map((src) => new URL(src, baseUrl + page).href);
  });
}

/** Every URL the manifest holds under the base, as paths in the folder. */
export function manifestPaths(xml: string, baseUrl: string): string[] {
  const urls = [...xml.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => (m[1] ?? "").replace(/&amp;/g, "&"));
  return [...new Set(urls.filter((u) => u.startsWith(baseUrl)).map((u) => decodeURIComponent(u.slice(baseUrl.length).replace(/[?#].*$/, ""))))];
}

/** Puts office.js where the pages look for it; returns warnings. */
function settleOfficeJs(folder: string, options: PackageOptions): string[] {
  const warnings: string[] = [];
  const loaded = [...new Set(officeJsOfPages(folder, options.baseUrl))];
  if (!loaded.every((url) => url === options.officeJs.url)) {
    warnings.push(`注意：页面加载的 office.js 是 ${loaded.join("、")}，而不是所选的 ${options.officeJs.url}（这一版本的构建不支持 --office-js）/ the pages load ${loaded.join(", ")}, not the chosen office.js`);
  }
  const local = loaded.filter((url) => url.startsWith(options.baseUrl));
  if (local.length > 0 && !existsSync(join(folder, "office", "office.js"))) copyBundledOfficeJs(folder);
  if (local.length === 0) rmSync(join(folder, "office"), { recursive: true, force: true });
  if (options.officeJs.kind === "bundled") warnings.push(BUNDLED_WARNING);
  return warnings;
}

function checkManifest(folder: string, baseUrl: string): void {
  const result = validateManifestFile(join(folder, "manifest.xml"), { commands: join(ROOT, "src", "commands", "commands.ts"), baseUrl });
  const missing = manifestPaths(readFileSync(join(folder, "manifest.xml"), "utf8"), baseUrl).filter((p) => !existsSync(join(folder, p)));
  const errors = [...result.errors, ...missing.map((p) => `清单中的地址 ${baseUrl}${p} 在包中没有对应文件 / no file in the package for ${baseUrl}${p}`)];
  if (result.code !== 0 || errors.length > 0) throw new PackageError(`包中的 manifest.xml 未通过检查 / the package's manifest failed the checks:\n${errors.join("\n")}`);
}

/** The guide, and the pictures it shows (docs/screenshots/…), at the same relative paths. */
function copyGuide(folder: string): void {
  const guide = readFileSync(GUIDE_SOURCE, "utf8");
  copyFileSync(GUIDE_SOURCE, join(folder, GUIDE_NAME));
  // The guide's WPS part links to wps.md beside it, as in docs/.
  copyFileSync(join(dirname(GUIDE_SOURCE), "wps.md"), join(folder, "wps.md"));
  for (const [, picture] of guide.matchAll(/!\[[^\]]*\]\((screenshots\/[^)\s]+\.png)\)/g)) {
    if (picture === undefined) continue;
    mkdirSync(join(folder, "screenshots"), { recursive: true });
    copyFileSync(join(dirname(GUIDE_SOURCE), picture), join(folder, picture));
  }
}

function bytesUnder(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((sum, name) => sum + bytesUnder(join(path, name)), 0);
}

export async function buildPackage(options: PackageOptions, log: (line: string) => void = console.log): Promise<PackageResult> {
  const { zipFolder } = await import("./zip-folder");
  const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
  const name = `kaohe-${version}`;
  const releaseDir = options.outDir ?? join(ROOT, "release");
  mkdirSync(releaseDir, { recursive: true });
  const stageRoot = mkdtempSync(join(releaseDir, `.${name}-`));
  try {
    const stage = join(stageRoot, name);
    log(`1/5 构建加载项 / building the add-in (webpack, office.js: ${options.officeJs.url})…`);
    await runWebpack(stage, options.officeJs.url);
    const warnings = settleOfficeJs(stage, options);
    log("2/5 生成并检查 manifest.xml / writing and checking the manifest…");
    writeFileSync(join(stage, "manifest.xml"), releaseManifest(readFileSync(join(ROOT, "manifest.xml"), "utf8"), options.baseUrl, version));
    checkManifest(stage, options.baseUrl);
    log("3/5 单文件命令行与部署指南 / the single-file CLI and the guide…");
    await bundleCli(join(stage, "kaohe-cli.js"), version);
    copyGuide(stage);
    // Served from the same folder, so online-mode WPS finds the add-in under the same base.
    log("4/5 WPS 加载项 / the WPS add-in…");
    buildWps({ url: new URL("wps/online/kaohe/", options.baseUrl).href, out: join(stage, "wps") });
    log("5/5 打包 zip / zipping…");
    const folder = join(releaseDir, name);
    const zip = join(releaseDir, `${name}.zip`);
    await zipFolder(stage, join(stageRoot, `${name}.zip`));
    rmSync(folder, { recursive: true, force: true });
    renameSync(stage, folder);
    renameSync(join(stageRoot, `${name}.zip`), zip);
    return { version, folder, zip, folderBytes: bytesUnder(folder), zipBytes: statSync(zip).size, warnings };
  } finally {
    rmSync(stageRoot, { recursive: true, force: true });
  }
}
