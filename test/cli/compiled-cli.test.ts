// The compiled CLI as npm ci builds it (scripts/build-cli.ts): one file per
// source, the commands bundled into lib/cli/run-command.js. Built here into a
// folder of its own inside the repository (so node_modules resolves as from
// lib/) and run as a whole process: it scores like main() in-process, and an
// error a command throws still maps to exit code 2 across the bundle.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCli } from "../../scripts/build-cli";
import { buildYueyangCountyExample } from "../fixtures/yueyang-county-example";
import { runCli } from "./run-cli";

const ROOT = join(__dirname, "..", "..");
let lib = "";
let work = "";

beforeAll(async () => {
  lib = mkdtempSync(join(ROOT, ".compiled-cli-test-"));
  work = mkdtempSync(join(tmpdir(), "kaohe-compiled-"));
  await buildCli(lib);
  await buildYueyangCountyExample().xlsx.writeFile(join(work, "example.xlsx"));
}, 120_000);

afterAll(() => {
  rmSync(lib, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

function run(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const script = `require(${JSON.stringify(join(lib, "cli", "main.js"))}).main(process.argv.slice(1)).then((c) => { process.exitCode = c; });`;
  return spawnSync(process.execPath, ["-e", script, "--", ...args], { encoding: "utf8", cwd: work });
}

test("the commands are one bundled file; main.js stays small and loads it only for a command", () => {
  const bundle = readFileSync(join(lib, "cli", "run-command.js"), "utf8");
  expect(bundle).not.toMatch(/require\("exceljs"\)|require\("zod"\)|require\("\.\.\/core/);
  expect(bundle.length).toBeGreaterThan(1_000_000);
  expect(readFileSync(join(lib, "cli", "main.js"), "utf8")).toContain('require("./run-command")');
  expect(existsSync(join(lib, "core", "index.js"))).toBe(true);
});

test("kaohe score through the compiled files writes the same report as main() in-process", async () => {
  const compiled = run(["score", "example.xlsx", "--rubric", "yueyang-county", "--out", "a.xlsx", "--json", "a.json", "-q"]);
  expect([compiled.status, compiled.stderr]).toEqual([0, ""]);
  const inProcess = await runCli(["score", join(work, "example.xlsx"), "--rubric", "yueyang-county", "--out", join(work, "b.xlsx"), "--json", join(work, "b.json"), "-q"]);
  expect(inProcess.code).toBe(0);
  const report = (name: string): unknown => JSON.parse(readFileSync(join(work, name), "utf8"));
  expect(report("a.json")).toEqual(report("b.json"));
}, 60_000);

test("an error thrown inside the bundle is still kaohe's: exit code 2 with its message", () => {
  const missing = run(["score", "example.xlsx", "--rubric", "no-such-rubric", "-q"]);
  expect(missing.status).toBe(2);
  expect(missing.stderr).toContain("找不到细则：no-such-rubric");
  const unreadable = run(["check", "nothing-here.xlsx", "-q"]);
  expect(unreadable.status).toBe(2);
  expect(run(["--help"]).stdout).toContain("kaohe score");
}, 60_000);
