// Issue 13: `--in-place` killed mid-write leaves the input intact. The CLI
// runs as a real process; KAOHE_TEST_HOLD_BEFORE_RENAME makes it stop after
// the complete temporary file is on disk and before the rename — the last
// moment a kill could hurt — and the test kills it there with SIGKILL.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HOLD_BEFORE_RENAME_ENV } from "../../src/cli/io/atomic-write";
import { XlsxPackage } from "../../src/cli/xlsx/xlsx-package";
import { basePackage } from "./build-corpus";
import { ledgerOf } from "./compare-packages";

jest.setTimeout(90_000);

const BIN = join(__dirname, "..", "..", "bin", "kaohe.js");

async function waitFor(path: string, ms: number): Promise<void> {
  for (let waited = 0; waited < ms; waited += 100) {
    if (existsSync(path) && readFileSync(path, "utf8").length > 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${path} never appeared`);
}

function run(args: readonly string[], env: NodeJS.ProcessEnv = {}): { done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>; kill: () => void } {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  return {
    done: new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal, stderr }))),
    kill: () => child.kill("SIGKILL"),
  };
}

test("kaohe score --in-place killed (SIGKILL) after the temporary file is written and before the rename: the input is intact", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kaohe-kill-"));
  const input = join(dir, "岳阳.xlsx");
  writeFileSync(input, (await basePackage()).write());
  const before = readFileSync(input);
  const signal = join(dir, "held");
  const child = run(["score", input, "--in-place", "-q"], { [HOLD_BEFORE_RENAME_ENV]: signal });
  await waitFor(signal, 60_000);
  const tmp = readFileSync(signal, "utf8");
  expect(statSync(tmp).size).toBeGreaterThan(0);
  child.kill();
  const exit = await child.done;
  expect(exit.signal).toBe("SIGKILL");
  expect(readFileSync(input).equals(before)).toBe(true);
  // What was killed was a complete scored copy, never the input: the next run scores as if nothing happened.
  expect(ledgerOf(XlsxPackage.read(readFileSync(tmp))).length).toBeGreaterThan(100);
  const again = run(["score", input, "--in-place", "-q"]);
  expect((await again.done).code).toBe(0);
  expect(ledgerOf(XlsxPackage.read(readFileSync(input))).length).toBeGreaterThan(100);
  // The killed run's temporary file is cleared by the next run (its process is gone).
  expect(existsSync(tmp)).toBe(false);
  expect(readdirSync(dir).filter((f) => f.endsWith(".kaohe-tmp"))).toEqual([]);
});

test("two runs writing one --out at once: both finish and the file is one complete scored copy (the last rename wins)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kaohe-race-"));
  const input = join(dir, "岳阳.xlsx");
  writeFileSync(input, (await basePackage()).write());
  const out = join(dir, "结果.xlsx");
  const a = run(["score", input, "--out", out, "-q"]);
  const b = run(["score", input, "--out", out, "-q"]);
  const [ea, eb] = await Promise.all([a.done, b.done]);
  expect([ea.code, eb.code]).toEqual([0, 0]);
  expect(ledgerOf(XlsxPackage.read(readFileSync(out))).length).toBeGreaterThan(100);
  expect(readdirSync(dir).filter((f) => f.endsWith(".kaohe-tmp"))).toEqual([]);
});
