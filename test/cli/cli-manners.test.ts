// Issue 13: --version, each command's own --help in Chinese and English,
// argument-parser errors in Chinese.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "./run-cli";

const VERSION = (JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version;

test.each([["--version"], ["-V"], ["score", "--version"]])("kaohe %j prints the package version, exit 0", async (...args) => {
  const run = await runCli(args);
  expect(run.code).toBe(0);
  expect(run.stdout).toBe(`kaohe ${VERSION}`);
});

test("kaohe score --help: the score command's own usage, Chinese and English, and no other command's", async () => {
  const run = await runCli(["score", "--help"]);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("kaohe score IN.xlsx");
  expect(run.stdout).toContain("计算得分，写出评分副本与报告 / score, write a scored copy and the report");
  expect(run.stdout).toContain("--in-place：直接写回原表");
  expect(run.stdout).not.toContain("kaohe summary");
});

test.each(["check", "summary", "rubric"])("kaohe %s -h: that command's usage", async (command) => {
  const run = await runCli([command, "-h"]);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(`kaohe ${command} `);
  expect(run.stdout.split("\n").filter((l) => /^ {2}kaohe /.test(l)).every((l) => l.startsWith(`  kaohe ${command}`))).toBe(true);
});

test("kaohe help score and kaohe --help", async () => {
  expect((await runCli(["help", "score"])).stdout).not.toContain("kaohe summary");
  const all = await runCli(["--help"]);
  expect(all.code).toBe(0);
  for (const command of ["score", "check", "summary", "rubric"]) expect(all.stdout).toContain(`kaohe ${command}`);
});

test.each([
  [["score", "a.xlsx", "--bogus"], "未知选项：--bogus"],
  [["score", "a.xlsx", "--out"], "选项 -o, --out 需要一个值"],
  [["frobnicate"], "未知命令：frobnicate"],
])("kaohe %j: exit 2, the parser's error in Chinese, then that command's usage", async (args, message) => {
  const run = await runCli(args);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(message);
  expect(run.stderr).toContain("用法 / Usage:");
});
