// The fidelity corpus (issue 13): the 岳阳 example workbook built from the
// source documents, with a 签字 sheet and a 汇总 sheet, and then each office
// feature Kaohe must not lose added to its package — one workbook per
// feature and one holding them all (an .xlsm). `kaohe score` on each must
// change nothing but Kaohe's cells (fidelity.test.ts).
// Run: npx tsx test/fidelity/build-corpus.ts [OUT_DIR]
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxPackage } from "../../src/cli/xlsx/xlsx-package";
import { buildYueyangCountyExample } from "../fixtures/yueyang-county-example";
import type { Feature } from "./features";
import { FEATURES } from "./features";

export interface CorpusFile {
  readonly id: string;
  readonly features: readonly string[];
  readonly path: string;
}

/** The base: 岳阳县, 华容县, 汨罗市 scoresheets; 签字 (sheet4) and 汇总 (sheet5) with the cells features replace. */
export async function basePackage(): Promise<XlsxPackage> {
  const workbook = buildYueyangCountyExample();
  const sign = workbook.addWorksheet("签字");
  sign.getCell("A1").value = "评分人签字：";
  sign.getCell("B9").value = "（图片）";
  const summary = workbook.addWorksheet("汇总");
  summary.addRow(["单位", "得分", 0]);
  summary.addRow(["岳阳县", 96.5]);
  summary.addRow(["华容县", 90]);
  return XlsxPackage.read(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

function withFeatures(base: XlsxPackage, features: readonly Feature[]): XlsxPackage {
  const pkg = base.clone();
  for (const feature of features) feature.add(pkg);
  return pkg;
}

export async function buildCorpus(outDir: string): Promise<CorpusFile[]> {
  mkdirSync(outDir, { recursive: true });
  const base = await basePackage();
  const files: CorpusFile[] = [];
  const sets: [string, readonly Feature[]][] = [...FEATURES.map((f): [string, Feature[]] => [f.id, [f]]), ["all-features", FEATURES]];
  for (const [id, features] of sets) {
    const macro = features.some((f) => f.id === "xlsm");
    const path = join(outDir, `fidelity-${id}.${macro ? "xlsm" : "xlsx"}`);
    writeFileSync(path, withFeatures(base, features).write());
    files.push({ id, features: features.map((f) => f.id), path });
  }
  return files;
}

if (require.main === module) {
  buildCorpus(process.argv[2] ?? join(__dirname, "generated")).then(
    (files) => console.log(`${files.map((f) => f.path).join("\n")}\n\n${FEATURES.length} features, ${files.length} workbooks`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
