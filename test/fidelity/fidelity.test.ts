// Issue 13: `kaohe score` on rich office workbooks changes nothing but
// Kaohe's cells. Every entry the writer did not need is byte-identical;
// a written sheet differs only in the <c> elements of cells the ledger says
// Kaohe wrote, each holding the number written, in its original style.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxPackage } from "../../src/cli/xlsx/xlsx-package";
import type { Report } from "../../src/core";
import { runCli } from "../cli/run-cli";
import type { CorpusFile } from "./build-corpus";
import { basePackage, buildCorpus } from "./build-corpus";
import { appTitles, diffPackages, expectOnlyKaoheChanges } from "./compare-packages";
import { FEATURES } from "./features";

jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), "kaohe-fidelity-"));
let corpus: CorpusFile[] = [];
let baseTotals: string[] = [];

async function score(input: string, args: readonly string[]): Promise<Report> {
  const json = `${input}.${args.length}.json`;
  const run = await runCli(["score", input, ...args, "--json", json, "-q"]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(readFileSync(json, "utf8")) as Report;
}

beforeAll(async () => {
  corpus = await buildCorpus(dir);
  const base = join(dir, "base.xlsx");
  writeFileSync(base, (await basePackage()).write());
  baseTotals = (await score(base, ["--out", join(dir, "base.scored.xlsx")])).units.map((u) => `${u.unit} ${u.total}`);
});

test("the corpus: every feature of issue 13 in its own workbook, and all of them in one .xlsm", () => {
  expect(FEATURES.map((f) => f.id)).toEqual([
    "chart", "pivot", "external-link", "text-box", "sparklines", "hyperlinks", "page-breaks", "threaded-comments", "wps-cellimages",
    "header-picture", "custom-properties", "custom-xml", "defined-names", "legacy-sheet-password", "workbook-structure",
    "duplicate-values-cf", "xlsm",
  ]);
  expect(corpus).toHaveLength(FEATURES.length + 1);
});

describe.each(FEATURES.map((f) => f.id).concat("all-features"))("%s", (id) => {
  test("kaohe score --out: only Kaohe's cells and ledger change; the scores are those of the plain workbook", async () => {
    const file = corpus.find((c) => c.id === id);
    if (!file) throw new Error(`no corpus file ${id}`);
    const out = file.path.replace(/(\.xls[xm])$/, ".scored$1");
    const report = await score(file.path, ["--out", out]);
    expect(report.units.map((u) => `${u.unit} ${u.total}`)).toEqual(baseTotals);
    expectOnlyKaoheChanges(file.path, out, 100);
    // As Excel lists sheets on save: the very hidden ledger too, its counts in agreement (no repair prompt).
    expect(appTitles(XlsxPackage.read(readFileSync(out)).text("docProps/app.xml") ?? "")).toEqual({ titles: ["岳阳县", "华容县", "汨罗市", "签字", "汇总", "_kaohe"], consistent: true });
  });
});

test(".xlsm scored --in-place keeps vbaProject.bin and its content type; a second run changes nothing", async () => {
  const source = corpus.find((c) => c.id === "all-features");
  if (!source) throw new Error("no all-features workbook");
  const file = join(dir, "in-place.xlsm");
  copyFileSync(source.path, file);
  await score(file, ["--in-place"]);
  expectOnlyKaoheChanges(source.path, file, 100);
  const once = XlsxPackage.read(readFileSync(file));
  expect(Buffer.from(once.bytes("xl/vbaProject.bin") ?? []).equals(Buffer.from(XlsxPackage.read(readFileSync(source.path)).bytes("xl/vbaProject.bin") ?? [1]))).toBe(true);
  expect(once.text("[Content_Types].xml")).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  await score(file, ["--in-place"]);
  const twice = XlsxPackage.read(readFileSync(file));
  expect(diffPackages(once, twice)).toEqual({ changed: [], added: [], missing: [] });
});

test("the check can fail: exceljs's own writer, reading and writing the all-features workbook, loses parts it finds", async () => {
  const source = corpus.find((c) => c.id === "all-features");
  if (!source) throw new Error("no all-features workbook");
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(source.path);
  const rewritten = XlsxPackage.read(new Uint8Array(await workbook.xlsx.writeBuffer()));
  const diff = diffPackages(XlsxPackage.read(readFileSync(source.path)), rewritten);
  expect(diff.missing).toEqual(expect.arrayContaining(["xl/vbaProject.bin", "xl/charts/chart1.xml", "xl/pivotCache/pivotCacheDefinition1.xml", "docProps/custom.xml", "xl/cellimages.xml"]));
});

test(".xlsm without --out is written as IN.scored.xlsm; --out X.xlsx says to name it .xlsm", async () => {
  const source = corpus.find((c) => c.id === "xlsm");
  if (!source) throw new Error("no xlsm workbook");
  const folder = mkdtempSync(join(tmpdir(), "kaohe-xlsm-"));
  const file = join(folder, "宏.xlsm");
  copyFileSync(source.path, file);
  expect((await runCli(["score", file, "-q"])).code).toBe(0);
  expect(XlsxPackage.read(readFileSync(join(folder, "宏.scored.xlsm"))).has("xl/vbaProject.bin")).toBe(true);
  const run = await runCli(["score", file, "--out", join(folder, "x.xlsx"), "-q"]);
  expect(run.stderr).toContain("原表含宏，评分副本");
  expect(run.stderr).toContain("应以 .xlsm 结尾");
});
