// The WPS 加载项's build (webpack.wps.config.js): the entry page with the
// ribbon's callbacks, the task pane page 打开面板 opens, one shared chunk;
// every script bundled (nothing fetched at run time), ES5 for the older
// Chromium WPS embeds on 统信 UOS / 麒麟, and a size budget.
import { parse } from "acorn";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const root = join(__dirname, "..", "..");
const out = mkdtempSync(join(tmpdir(), "kaohe-wps-"));
const BUNDLES = ["js/main.js", "js/taskpane.js", "js/shared.js"];

beforeAll(() => {
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--config", "webpack.wps.config.js", "--mode", "production", "--output-path", out], {
    cwd: root,
    stdio: ["ignore", "ignore", "pipe"],
  });
}, 240_000);

const read = (name: string): string => readFileSync(join(out, name), "utf8");
const scriptsOf = (page: string): string[] => [...page.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?[^>]*>/g)].map((m) => m[1] ?? "");

it("emits the entry page, the pane page with its stylesheet, ribbon.xml and the icons", () => {
  for (const file of ["index.html", "taskpane.html", "taskpane.css", "ribbon.xml", "images/icon-32.png", ...BUNDLES]) expect(existsSync(join(out, file))).toBe(true);
});

it("each page loads the shared chunk, then its own bundle, from the add-in folder only", () => {
  expect(scriptsOf(read("index.html"))).toEqual(["js/shared.js", "js/main.js"]);
  expect(scriptsOf(read("taskpane.html"))).toEqual(["js/shared.js", "js/taskpane.js"]);
  expect(read("taskpane.html")).toContain('href=taskpane.css');
  expect(read("taskpane.html")).toContain('id=kaohe-pane');
  for (const page of ["index.html", "taskpane.html"]) expect(read(page)).not.toMatch(/(src|href)="?(https?:)?\/\//);
});

it("the pane page's bundle holds the pane itself; the entry's opens it by name", () => {
  expect(read("js/taskpane.js")).toContain("kaohe-pane");
  expect(read("js/main.js")).toContain("taskpane.html");
  expect(read("js/main.js")).toContain("kaohe.taskPaneId");
});

it.each(BUNDLES)("%s is ES5", (name) => {
  expect(() => parse(read(name), { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
});

it("stays under 260 KB gzipped for the three scripts together", () => {
  const sizes = BUNDLES.map((name) => [name, readFileSync(join(out, name)).length, gzipSync(readFileSync(join(out, name))).length] as const);
  console.log(sizes.map(([n, raw, gz]) => `${n}: ${(raw / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped`).join("\n"));
  expect(sizes.reduce((sum, [, , gz]) => sum + gz, 0)).toBeLessThan(260 * 1024);
});
