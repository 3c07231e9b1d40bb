// The release package as IT receives it: `npm run package` for a test URL,
// the zip unpacked into a temporary folder, that folder served by a plain
// static server under the URL's path, and the pane loaded in Chromium from
// the manifest's own URLs. Every manifest URL must resolve, office.js must
// come from the package, the pane must run, and no request may leave the
// machine. The single-file CLI in the same package must give the same report
// as the CLI built from source, run with plain node from a folder with no
// node_modules. One package build for the whole file.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildPackage, GUIDE_NAME, type PackageResult } from "../../scripts/package/build-package";
import { serve, type Served as Server } from "../../scripts/serve";
import { validateManifestFile } from "../../scripts/validate-manifest";
import { main } from "../../src/cli/main";
import { ZH_CN } from "../../src/taskpane/strings-zh-cn";
import { launchBrowser, type Browser } from "../e2e/browser";
import { ensureChromium } from "../e2e/ensure-chromium";
import { buildYueyangCountyExample } from "../fixtures/yueyang-county-example";
import { rewriteHttpsToHttp, type Served } from "./https-rewrite";
import { unpackZip } from "./unpack-zip";

jest.setTimeout(300_000);

let work: string;
let server: Server;
let base: string;
let result: PackageResult;
let site: string;
let entries: string[];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "kaohe-release-"));
  site = join(work, "site");
  mkdirSync(site);
  // The server first (port 0): the package is built for the port it got.
  // It reads files per request, so the folder can be filled afterwards.
  server = await serve(join(work, "empty-root"), { port: 0, https: false, mounts: { "/addin/": site } });
  base = `https://127.0.0.1:${server.port}/addin/`;
  result = await buildPackage({ baseUrl: base, officeJs: { kind: "bundled", url: `${base}office/office.js` }, outDir: join(work, "release") }, () => undefined);
  // Unpack beside the server's mount, then serve the package's own folder.
  const unpacked = join(work, "unpacked");
  entries = await unpackZip(result.zip, unpacked);
  rmSync(site, { recursive: true });
  execFileSync("cp", ["-r", join(unpacked, `kaohe-${result.version}`), site]);
});

afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test("the zip holds one folder kaohe-VERSION with the add-in, the manifest, the CLI and the guide", () => {
  const top = `kaohe-${result.version}/`;
  expect(entries.every((e) => e.startsWith(top))).toBe(true);
  const names = entries.map((e) => e.slice(top.length));
  expect(names).toEqual(expect.arrayContaining(["manifest.xml", "taskpane.html", "taskpane.js", "commands.html", "commands.js", "kaohe-cli.js", GUIDE_NAME, "office/office.js", "assets/icon-80.png", "screenshots/pane.png"]));
  expect(existsSync(result.folder)).toBe(true);
});

test("the WPS add-in comes along: the offline folder for jsaddons, and online mode naming the add-in under the same base", () => {
  const top = `kaohe-${result.version}/wps/`;
  const names = entries.filter((e) => e.startsWith(top)).map((e) => e.slice(top.length));
  expect(names).toEqual(expect.arrayContaining(["offline/jsaddons/jsplugins.xml", `offline/jsaddons/kaohe_${result.version}/ribbon.xml`, "online/kaohe/ribbon.xml", "online/kaohe/index.html", "online/jsplugins.xml", "online/publish.xml"]));
  expect(readFileSync(join(result.folder, "wps", "online", "jsplugins.xml"), "utf8")).toContain(`url="${base}wps/online/kaohe/"`);
});

test("the package's manifest passes the offline checks with its own base, and keeps the add-in Id", () => {
  const checked = validateManifestFile(join(site, "manifest.xml"), { commands: join(__dirname, "..", "..", "src", "commands", "commands.ts"), baseUrl: base });
  expect(checked.errors).toEqual([]);
  const xml = readFileSync(join(site, "manifest.xml"), "utf8");
  const devId = /<Id>([^<]+)<\/Id>/.exec(readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8"))?.[1];
  expect(/<Id>([^<]+)<\/Id>/.exec(xml)?.[1]).toBe(devId);
  expect(xml).not.toContain("localhost:3000");
});

describe("served as IT would serve it, loaded in Chromium", () => {
  let browser: Browser;
  let served: Served[];
  let manifestUrls: string[];

  beforeAll(async () => {
    // As `npm run e2e` does: Debian's Chromium, installed with apt-get when run as root.
    ensureChromium();
    browser = await launchBrowser({ width: 420, height: 800 });
    served = await rewriteHttpsToHttp(browser.context, new URL(base).origin);
    const xml = readFileSync(join(site, "manifest.xml"), "utf8");
    // Every address in an attribute, except the XML namespace names (xmlns="http://schemas…"), which are never fetched.
    const attributes = xml.replace(/\sxmlns(:\w+)?="[^"]*"/g, "");
    manifestUrls = [...new Set([...attributes.matchAll(/"(https?:\/\/[^"]+)"/g)].map((m) => m[1] ?? ""))];
  });
  afterAll(async () => browser?.close());

  test("every URL in the manifest is under the base and answers 200 with the right type", async () => {
    expect(manifestUrls.length).toBeGreaterThanOrEqual(6);
    expect(manifestUrls.filter((u) => !u.startsWith(base))).toEqual([]);
    const page = await browser.context.newPage();
    for (const url of manifestUrls) {
      const response = await page.request.get(url.replace(/^https:/, "http:"));
      expect([url, response.status()]).toEqual([url, 200]);
      const type = response.headers()["content-type"] ?? "";
      expect([url, type]).toEqual([url, url.endsWith(".png") ? "image/png" : expect.stringContaining("text/html")]);
    }
    await page.close();
  });

  test("the pane loads from the manifest's SourceLocation with office.js from the package, and runs", async () => {
    const xml = readFileSync(join(site, "manifest.xml"), "utf8");
    const source = /<SourceLocation DefaultValue="([^"]+)"/.exec(xml)?.[1] ?? "";
    expect(source.startsWith(base)).toBe(true);
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const first = served.length;
    await page.goto(source);
    // Outside Excel office.js reports no host and the pane says so: the page,
    // office.js and the pane's bundle all loaded and ran.
    await page.waitForFunction((text) => document.getElementById("kaohe-pane")?.textContent === text, ZH_CN.notExcel, { timeout: 60_000 });
    expect(errors).toEqual([]);
    const urls = served.slice(first).map((s) => s.url);
    expect(urls).toEqual(expect.arrayContaining([source, `${base}office/office.js`]));
    // The page's own bundle and style sheet, whatever the build names them.
    expect(urls.filter((u) => u.endsWith(".js") && !u.includes("/office/")).length).toBeGreaterThan(0);
    expect(urls.some((u) => u.endsWith(".css"))).toBe(true);
    await page.close();
  });

  test("the function commands page loads with its bundle", async () => {
    const xml = readFileSync(join(site, "manifest.xml"), "utf8");
    const commands = /<bt:Url id="Commands.Url" DefaultValue="([^"]+)"/.exec(xml)?.[1] ?? "";
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const first = served.length;
    await page.goto(commands);
    await page.waitForLoadState("load");
    expect(errors).toEqual([]);
    const urls = served.slice(first).map((s) => s.url);
    expect(urls).toEqual(expect.arrayContaining([commands, `${base}office/office.js`]));
    expect(urls.filter((u) => u.endsWith(".js") && !u.includes("/office/")).length).toBeGreaterThan(0);
    await page.close();
  });

  test("every request was answered from the package, and none left the machine", () => {
    expect(served.length).toBeGreaterThan(0);
    expect(served.filter((s) => s.status !== 200)).toEqual([]);
    expect(browser.outside).toEqual([]);
  });
});

describe("kaohe-cli.js with plain node, in a folder with no node_modules", () => {
  let dir: string;
  let example: string;
  const runBundle = (args: string[]) => spawnSync(process.execPath, [join(dir, "kaohe-cli.js"), ...args], { cwd: dir, encoding: "utf8" });

  beforeAll(async () => {
    dir = join(work, "cli-only");
    mkdirSync(dir);
    execFileSync("cp", [join(site, "kaohe-cli.js"), dir]);
    example = join(dir, "岳阳-县市区-示例.xlsx");
    await buildYueyangCountyExample().xlsx.writeFile(example);
  });

  test("--help prints the usage", () => {
    const run = runBundle(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("kaohe score IN.xlsx");
  });

  test.each([[[]], [["--rubric", join(__dirname, "..", "..", "rubrics", "yueyang-county.json")]]])("check %j gives the same report as the CLI from source", async (extra) => {
    const fromBundle = join(dir, "bundle.json");
    const fromSource = join(dir, "source.json");
    const run = runBundle(["check", example, "--json", fromBundle, "-q", ...extra]);
    const code = await main(["check", example, "--json", fromSource, "-q", ...extra]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(code);
    const report = JSON.parse(readFileSync(fromBundle, "utf8")) as { units: unknown[] };
    expect(report.units.length).toBe(3);
    expect(report).toEqual(JSON.parse(readFileSync(fromSource, "utf8")));
  });

  test("score writes the scored copy", () => {
    const out = join(dir, "scored.xlsx");
    const run = runBundle(["score", example, "--out", out, "-q"]);
    expect(run.status).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});
