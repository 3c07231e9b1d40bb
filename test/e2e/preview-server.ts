// Builds the add-in and the preview into a temporary folder, writes the
// example workbook beside them, and serves both on a free localhost port:
// the same server and build as `npm start`, nothing shared with dist/.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Served } from "../../scripts/serve";
import { serve } from "../../scripts/serve";
import { EXAMPLE_FILE } from "../fixtures/build-fixtures";
import { buildYueyangCountyExample } from "../fixtures/yueyang-county-example";

const ROOT = join(__dirname, "..", "..");

export interface PreviewServer {
  /** http://127.0.0.1:PORT/ */
  readonly url: string;
  close(): Promise<void>;
}

export async function startPreviewServer(): Promise<PreviewServer> {
  const dir = mkdtempSync(join(tmpdir(), "kaohe-e2e-"));
  const dist = join(dir, "dist");
  const example = join(dir, "example");
  mkdirSync(example);
  await buildYueyangCountyExample().xlsx.writeFile(join(example, EXAMPLE_FILE));
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", "preview", "--output-path", dist], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const served: Served = await serve(dist, { port: 0, https: false, mounts: { "/example/": example } });
  return {
    url: `http://127.0.0.1:${served.port}/`,
    async close() {
      await served.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
