// Debian's Chromium through playwright-core, kept off the network: the
// flags from the machine notes, a new empty profile, and every request of
// every page routed — anything not on this machine's loopback is aborted
// and recorded, so a test can assert there was none.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { chromium } from "playwright-core";
import { CHROMIUM } from "./ensure-chromium";

const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

export interface Browser {
  readonly context: BrowserContext;
  /** Every address a page asked for, in order. */
  readonly requests: string[];
  /** The ones outside localhost (aborted). */
  readonly outside: string[];
  close(): Promise<void>;
}

export async function launchBrowser(viewport = { width: 1440, height: 960 }): Promise<Browser> {
  // launchPersistentContext takes the profile folder itself: Playwright refuses --user-data-dir in args.
  const profile = mkdtempSync(join(tmpdir(), "kaohe-chromium-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport, locale: "zh-CN" });
  const requests: string[] = [];
  const outside: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    requests.push(url);
    const { protocol, hostname } = new URL(url);
    if ((protocol === "http:" || protocol === "https:") && LOCAL_HOSTS.has(hostname)) await route.continue();
    else if (protocol === "data:" || protocol === "blob:") await route.continue();
    else {
      outside.push(url);
      await route.abort("blockedbyclient");
    }
  });
  context.on("weberror", (error) => console.error("page error:", error.error().message));
  return {
    context,
    requests,
    outside,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
