// The main job (`npm start`): build the example workbook from the source
// documents, score it with the CLI, write the scored copy, the report and the
// ranked 汇总 under out/, print the unit totals and the ranking, build the
// add-in and the preview, and serve both. `npm start -- --no-serve` stops
// after the build.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { main } from "../src/cli/main";
import { buildFixtures, EXAMPLE_FILE } from "../test/fixtures/build-fixtures";
import { serve } from "./serve";
import { noHttpsAdvice } from "./serve-cert";

const ROOT = join(__dirname, "..");
const OUT = join(ROOT, "out");
const EXAMPLE_DIR = join(OUT, "example");

async function start(): Promise<number> {
  const noServe = process.argv.includes("--no-serve");
  mkdirSync(OUT, { recursive: true });
  console.log("1/3 生成示例工作簿 / building the example workbook…");
  await buildFixtures(EXAMPLE_DIR);
  const input = join(EXAMPLE_DIR, EXAMPLE_FILE);
  const scored = join(OUT, EXAMPLE_FILE.replace(/\.xlsx$/, ".scored.xlsx"));
  const report = join(OUT, "report.json");
  console.log("2/3 评分 / scoring…\n");
  const code = await main(["score", input, "--out", scored, "--json", report]);
  if (code !== 0) return code;
  // The ranked 汇总 staff hand to their leaders, from the same example and the same rubric choice.
  console.log("\n汇总 / summary…\n");
  const summaryCode = await main(["summary", input, "--out", join(OUT, "汇总.xlsx"), "--json", join(OUT, "summary.json")]);
  // 1 means the ranking carries unresolved errors (the example has one on purpose): the 汇总 is written and says so.
  if (summaryCode > 1) return summaryCode;
  console.log("\n3/3 构建加载项与预览 / building the add-in and the preview (webpack)…");
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", "preview"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
  });
  console.log(`   dist/ 已生成：taskpane.html, commands.html, manifest.xml, preview.html`);
  if (noServe) return 0;
  const served = await serve(join(ROOT, "dist"), { mounts: { "/example/": EXAMPLE_DIR } });
  if (served.certificate.ok) {
    console.log(`\n任务窗格 / pane:    ${served.url}taskpane.html  (在 Excel 中旁加载 manifest.xml / sideload manifest.xml in Excel)`);
  } else {
    console.log(`\n${noHttpsAdvice(served.certificate, `${served.url}preview.html`)}`);
  }
  console.log(`本地预览 / preview: ${served.url}preview.html  (浏览器中直接打开 / open in a browser)`);
  console.log("Ctrl+C 退出 / to stop");
  return 0;
}

start().then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
