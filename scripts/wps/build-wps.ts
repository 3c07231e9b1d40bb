/**
 * npm run build:wps [-- --url https://intranet/kaohe/wps/] [--out DIR]
 *
 * Builds the WPS 表格 加载项 (webpack.wps.config.js) into dist-wps/kaohe/,
 * then lays out DIR (default dist-wps/):
 *   offline/jsaddons/kaohe_<version>/  the add-in, for the user's jsaddons folder
 *   offline/jsaddons/jsplugins.xml     naming it
 *   online/kaohe/                      the add-in, to serve at --url
 *   online/jsplugins.xml, publish.xml  what IT serves / points WPS at (only with --url)
 * The package script (or the integrator) calls buildWps() to put it in release/…/wps/.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { offlineFolder, offlineJsplugins, onlineJsplugins, publishXml } from "./registration";

const ROOT = resolve(__dirname, "..", "..");

export interface WpsBuild {
  readonly out: string;
  readonly offline: string;
  readonly online: string;
}

export function buildWps(options: { url?: string; out?: string } = {}): WpsBuild {
  const out = resolve(options.out ?? join(ROOT, "dist-wps"));
  execFileSync(process.execPath, [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--config", join(ROOT, "webpack.wps.config.js"), "--mode", "production"], { cwd: ROOT, stdio: "inherit" });
  const built = join(ROOT, "dist-wps", "kaohe");
  const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
  const offline = join(out, "offline", "jsaddons");
  const online = join(out, "online");
  rmSync(join(out, "offline"), { recursive: true, force: true });
  rmSync(online, { recursive: true, force: true });
  mkdirSync(offline, { recursive: true });
  cpSync(built, join(offline, offlineFolder(version)), { recursive: true });
  writeFileSync(join(offline, "jsplugins.xml"), offlineJsplugins(version));
  cpSync(built, join(online, "kaohe"), { recursive: true });
  if (options.url) {
    writeFileSync(join(online, "jsplugins.xml"), onlineJsplugins(options.url));
    writeFileSync(join(online, "publish.xml"), publishXml(options.url));
  }
  return { out, offline, online };
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (require.main === module) {
  const url = argument("--url");
  const out = argument("--out");
  const result = buildWps({ ...(url === undefined ? {} : { url }), ...(out === undefined ? {} : { out }) });
  console.log(`WPS 加载项: ${result.offline} (offline), ${result.online} (online)`);
}
