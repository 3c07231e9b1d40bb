// `npm run e2e`: makes sure Debian's Chromium is there (installing it as
// root on a fresh machine or CI), then runs the end-to-end tests with
// node's own test runner (jest ignores test/e2e).
// `--screenshots DIR` keeps the screenshots there (`npm run screenshots`:
// docs/screenshots); by default they go to out/e2e-screenshots.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { ensureChromium } from "./ensure-chromium";

try {
  ensureChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const files = readdirSync(__dirname)
  .filter((f) => f.endsWith(".test.ts"))
  .map((f) => join(__dirname, f));
const flag = process.argv.indexOf("--screenshots");
const shots = flag >= 0 ? process.argv[flag + 1] : undefined;
const env = shots === undefined ? process.env : { ...process.env, KAOHE_SCREENSHOTS: resolve(shots) };
const run = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", "--test-concurrency=1", ...files], { stdio: "inherit", env });
process.exit(run.status ?? 1);
