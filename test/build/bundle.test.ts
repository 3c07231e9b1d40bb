// The production build: the pane and the commands bundles exist, stay small,
// carry no Node-only code (exceljs) and reference nothing outside the add-in.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const root = join(__dirname, "..", "..");
const out = mkdtempSync(join(tmpdir(), "kaohe-dist-"));

beforeAll(() => {
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out], {
    cwd: root,
    stdio: ["ignore", "ignore", "pipe"],
  });
}, 120_000);

const read = (name: string): string => readFileSync(join(out, name), "utf8");

it("emits the pane, the commands page, the manifest, the icons and office.js", () => {
  for (const file of ["taskpane.html", "taskpane.js", "shared.js", "taskpane.css", "commands.html", "commands.js", "manifest.xml", "assets/icon-32.png", "office/office.js", "office/zh-cn/office_strings.js"]) {
    expect(existsSync(join(out, file))).toBe(true);
  }
  // office.js must load before our bundle, which calls Office.onReady.
  expect(read("taskpane.html")).toMatch(/src=["']?office\/office\.js["']?>.*<script[^>]*src=["']?taskpane\.js/s);
  expect(read("commands.html")).toMatch(/src=["']?office\/office\.js["']?>.*<script[^>]*src=["']?commands\.js/s);
});

it("keeps the pane and commands together under 250 KB gzipped, their shared code and rubrics counted once", () => {
  const gz = (name: string): number => gzipSync(readFileSync(join(out, name))).length;
  const total = gz("shared.js") + gz("taskpane.js") + gz("commands.js") + gz("taskpane.css") + gz("taskpane.html") + gz("commands.html");
  expect(total).toBeLessThan(250 * 1024);
});

it("ships no Node-only code in the browser bundles", () => {
  for (const bundle of ["shared.js", "taskpane.js", "commands.js"]) {
    const text = read(bundle);
    expect(text).not.toMatch(/exceljs|node:fs|require\("fs"\)|jszip/i);
  }
});

it("references no outside address in our own pages and bundles", () => {
  const ours = ["taskpane.html", "commands.html", "taskpane.css", ...readdirSync(out).filter((f) => /^(taskpane|commands)\.js$/.test(f))];
  for (const file of ours) {
    const urls = read(file).match(/https?:\/\/[^\s"'`)]+/g) ?? [];
    // Licence banners and the spec links decimal.js keeps in comments are not fetched; nor are zod's constants, now that
    // the bundles validate a stored rubric (the "$schema" ids its toJSONSchema writes, and `http://[${e}]`, an IPv6 check
    // parsed with new URL()). Nothing else may appear.
    const fetched = urls.filter(
      (u) => !/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(u) && !/github\.com\/MikeMcl|mit-license|www\.w3\.org|^https?:\/\/json-schema\.org\/draft[-/\w.#]*$|^http:\/\/\[\$\{\w+\}\]$/.test(u),
    );
    expect({ file, fetched }).toEqual({ file, fetched: [] });
  }
});
