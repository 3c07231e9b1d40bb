// The end-to-end tests drive Debian's Chromium (the machine notes:
// /usr/bin/chromium, never a browser a test tool downloads). On a fresh
// machine it is installed here, with a CJK font so the screenshots read:
// apt-get as root (CI runs as root), a clear message otherwise.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export const CHROMIUM = "/usr/bin/chromium";

/** Debian's packages: the browser, and Noto CJK for Chinese text (system fonts only; nothing is fetched by the page). */
const PACKAGES = { chromium: "chromium", font: "fonts-noto-cjk" } as const;

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

function hasCjkFont(): boolean {
  try {
    return execFileSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" }).trim() !== "";
  } catch {
    return false;
  }
}

function aptInstall(packages: readonly string[]): void {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  console.log(`e2e: installing ${packages.join(", ")} from Debian's packages (apt-get)…`);
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", ...packages], { stdio: "inherit", env });
}

/** Throws with what to do when Chromium is missing and cannot be installed from here. */
export function ensureChromium(): void {
  const missing = [...(existsSync(CHROMIUM) ? [] : [PACKAGES.chromium]), ...(hasCjkFont() ? [] : [PACKAGES.font])];
  if (missing.length === 0) return;
  if (!isRoot() || !existsSync("/usr/bin/apt-get")) {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `The end-to-end tests need Debian's Chromium at ${CHROMIUM}. Install it as root:\n` +
          `  apt-get update && apt-get install -y ${PACKAGES.chromium} ${PACKAGES.font}\n` +
          "(Kaohe never downloads a browser of its own.)",
      );
    }
    console.warn(`e2e: no CJK font found; Chinese text in the screenshots will not read. As root: apt-get install -y ${PACKAGES.font}`);
    return;
  }
  aptInstall(missing);
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get finished but ${CHROMIUM} is still missing`);
}

if (require.main === module) {
  try {
    ensureChromium();
    console.log(`e2e: ${execFileSync(CHROMIUM, ["--version"], { encoding: "utf8" }).trim()}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
