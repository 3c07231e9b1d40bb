// The production build: the pane and the commands bundles exist, stay small,
// are ES5 (Internet Explorer 11 / Edge Legacy webviews of Office 2019 and older
// volume-licensed builds), carry no Node-only code (exceljs), load Microsoft's
// hosted office.js, and reference nothing else outside the add-in.
import { parse } from "acorn";
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BUDGET_BYTES, BUNDLES, DOWNLOADED, gzippedBytes } from "./bundle-budget";

const root = join(__dirname, "..", "..");
const out = mkdtempSync(join(tmpdir(), "kaohe-dist-"));
/** webpack's stats of the same build, outside `out` (which must hold only the add-in's files). */
const statsFile = join(mkdtempSync(join(tmpdir(), "kaohe-stats-")), "stats.json");
const HOSTED = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** core-js's internals/url-constructor-detection.js: `new URL(…)` on these, never a request. */

beforeAll(() => {
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out, `--json=${statsFile}`], {
    cwd: root,
    stdio: ["ignore", "ignore", "pipe"],
  });
}, 240_000);

const read = (name: string): string => readFileSync(join(out, name), "utf8");

/** The page's Content-Security-Policy, directive → sources. */
function cspOf(page: string): Map<string, string[]> {
  const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(page)?.[1];
  if (meta === undefined) throw new Error("no CSP meta tag");
  return new Map(meta.split(";").map((d) => d.trim().split(/\s+/)).map(([name = "", ...sources]) => [name, sources]));
}

function inlineScriptOf(page: string): string {
  const inline = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
  expect(inline).toHaveLength(1);
  return inline[0] ?? "";
}

it("emits the pane, the commands page, the manifest and the icons — and no copy of office.js", () => {
  for (const file of ["taskpane.html", "taskpane.css", "commands.html", ...BUNDLES, "manifest.xml", "assets/icon-32.png", "assets/support.html"]) {
    expect(existsSync(join(out, file))).toBe(true);
  }
  // The npm @microsoft/office-js (1.1.110, 2022) lacks the proxies of newer APIs: never shipped by default.
  expect(existsSync(join(out, "office"))).toBe(false);
});

it("loads Microsoft's hosted office.js before our bundle, the commands' one blocking so its functions register at once", () => {
  const src = (page: string) => [...page.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?[^>]*>/g)].map((m) => m[0]);
  const pane = src(read("taskpane.html"));
  expect(pane).toHaveLength(3);
  expect(pane[0]).toContain(HOSTED);
  expect(pane[1]).toMatch(/defer.*shared\.js|shared\.js.*defer/);
  expect(pane[2]).toMatch(/defer.*taskpane\.js|taskpane\.js.*defer/);
  const commands = src(read("commands.html"));
  expect(commands).toHaveLength(3);
  expect(commands[0]).toContain(HOSTED);
  expect(commands[1]).toContain("shared.js");
  expect(commands[2]).toContain("commands.js");
  expect(commands.slice(1).join(" ")).not.toContain("defer");
});

it("allows exactly office.js's origin and the one inline script besides 'self', and nothing else", () => {
  const pane = read("taskpane.html");
  const inline = inlineScriptOf(pane);
  const hash = `'sha256-${createHash("sha256").update(inline, "utf8").digest("base64")}'`;
  const csp = cspOf(pane);
  expect(csp.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com", hash]);
  expect(cspOf(read("commands.html")).get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
  for (const page of ["taskpane.html", "commands.html"]) {
    for (const [name, sources] of cspOf(read(page))) {
      if (name === "script-src") continue;
      // Only 'self', 'none' and data: images: no other origin anywhere.
      expect({ name, sources: sources.filter((s) => !["'self'", "'none'", "data:"].includes(s)) }).toEqual({ name, sources: [] });
    }
  }
});

it("the inline fallback of the pane is ES3, so it runs where the bundle cannot", () => {
  expect(() => parse(inlineScriptOf(read("taskpane.html")), { ecmaVersion: 3 })).not.toThrow();
});

it("the bundles are ES5 (acorn, ecmaVersion 5), dependencies and polyfills included", () => {
  expect(readdirSync(out).filter((f) => f.endsWith(".js")).sort()).toEqual([...BUNDLES].sort());
  for (const bundle of BUNDLES) {
    let problem = "";
    try {
      parse(read(bundle), { ecmaVersion: 5 });
    } catch (error) {
      problem = `${bundle}: ${String(error)}`;
    }
    expect(problem).toBe("");
  }
  // The polyfills the code needs on IE 11 are in: Promise, Symbol-based iteration, DOM append.
  expect(read("shared.js")).toMatch(/Promise/);
  expect(read("taskpane.js") + read("shared.js")).toMatch(/replaceChildren/);
});

it("keeps what a user downloads — the three scripts, the pages and the stylesheet — within the budget gzipped", () => {
  const sizes = Object.fromEntries(DOWNLOADED.map((file) => [file, gzippedBytes(out, file)]));
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  expect({ total, sizes, withinBudget: total < BUDGET_BYTES }).toEqual({ total, sizes, withinBudget: true });
});

it("carries one copy of each Babel helper, shared by every module (webpack/transpile.js)", () => {
  // Each is the error text of one helper (for-of, spread, destructuring, async functions).
  const all = BUNDLES.map(read).join("\n");
  for (const text of ["Invalid attempt to iterate non-iterable instance", "Invalid attempt to spread non-iterable instance", "Invalid attempt to destructure non-iterable instance", "Generator is already running"]) {
    expect({ text, copies: all.split(text).length - 1 }).toEqual({ text, copies: 1 });
  }
});

it("puts every module the pane and the commands both use in shared.js, none in both entries", () => {
  // A module concatenated into another is listed inside it, in its chunks.
  interface Module { readonly name: string; readonly chunks: readonly number[]; readonly modules?: readonly { readonly name: string }[] }
  interface Stats { readonly chunks: readonly { readonly id: number; readonly names: readonly string[] }[]; readonly modules: readonly Module[] }
  const stats = JSON.parse(readFileSync(statsFile, "utf8")) as Stats;
  const idOf = (name: string): number | undefined => stats.chunks.find((c) => c.names.includes(name))?.id;
  const [pane, commands] = [idOf("taskpane"), idOf("commands")];
  expect(pane).toBeDefined();
  expect(commands).toBeDefined();
  const chunksOf = new Map<string, Set<number>>();
  for (const m of stats.modules) {
    for (const name of [m.name, ...(m.modules ?? []).map((inner) => inner.name)]) {
      const seen = chunksOf.get(name) ?? new Set<number>();
      for (const id of m.chunks) seen.add(id);
      chunksOf.set(name, seen);
    }
  }
  expect(chunksOf.size).toBeGreaterThan(100);
  // webpack's own runtime is each entry's: every page that loads shared.js needs one.
  const inBoth = [...chunksOf].filter(([name, ids]) => !name.startsWith("webpack/runtime/") && ids.has(pane ?? -1) && ids.has(commands ?? -1)).map(([name]) => name);
  expect(inBoth).toEqual([]);
});

it("ships no Node-only code in the browser bundles", () => {
  for (const bundle of BUNDLES) {
    const text = read(bundle);
    expect(text).not.toMatch(/exceljs|node:fs|require\("fs"\)|jszip/i);
  }
});

it("references no outside address in our own pages and bundles but office.js's", () => {
  const ours = ["taskpane.html", "commands.html", "taskpane.css", ...BUNDLES];
  for (const file of ours) {
    const urls = read(file).match(/https?:\/\/[^\s"'`)>;]+/g) ?? [];
    // Licence banners and spec links decimal.js and core-js keep are not fetched; nothing else may appear
    // (core-js's URL polyfill, whose self-test addresses would, is left out: webpack/transpile.js).
    const fetched = urls.filter(
      (u) =>
        u !== HOSTED &&
        u !== "https://appsforoffice.microsoft.com" &&
        // zod's constants: JSON Schema $schema ids and its IPv6 check's `http://[${host}]`, never requested.
        !/^https?:\/\/json-schema\.org\/draft[-\w/]*schema#?$/.test(u) &&
        u !== "http://[" &&
        !/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(u) &&
        !/github\.com\/(MikeMcl|zloirock)|mit-license|www\.w3\.org/.test(u),
    );
    expect({ file, fetched }).toEqual({ file, fetched: [] });
  }
});
