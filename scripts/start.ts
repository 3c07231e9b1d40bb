// The main job (`npm start`): build the example workbook from the source
// documents, score it with the CLI, write the scored copy and the report
// under out/, print the unit totals, build the add-in and serve it.
// `npm start -- --no-serve` stops after the build.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { main } from "../src/cli/main";
import { buildFixtures, EXAMPLE_FILE } from "../test/fixtures/build-fixtures";
import { serve } from "./serve";

const OUT = join(__dirname, "..", "out");

async function start(): Promise<number> {
  const noServe = process.argv.includes("--no-serve");
  mkdirSync(OUT, { recursive: true });
  console.log("1/3 生成示例工作簿 / building the example workbook…");
  await buildFixtures(join(OUT, "example"));
  const input = join(OUT, "example", EXAMPLE_FILE);
  const scored = join(OUT, EXAMPLE_FILE.replace(/\.xlsx$/, ".scored.xlsx"));
  const report = join(OUT, "report.json");
  console.log("2/3 评分 / scoring…\n");
  const code = await main(["score", input, "--out", scored, "--json", report]);
  if (code !== 0) return code;
  console.log("\n3/3 构建加载项 / building the add-in (webpack)…");
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: join(__dirname, ".."),
    stdio: ["ignore", "ignore", "inherit"],
  });
  console.log(`   dist/ 已生成：taskpane.html, commands.html, manifest.xml`);
  if (noServe) return 0;
  const served = await serve(join(__dirname, "..", "dist"));
  console.log(`\n任务窗格 / pane: ${served.url}taskpane.html  (Ctrl+C 退出 / to stop)`);
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
