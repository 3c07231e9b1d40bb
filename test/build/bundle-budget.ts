// What a user's Office downloads to open the pane and run a ribbon command —
// the three scripts and the two pages with their stylesheet — and the most
// it may weigh gzipped. test/build/bundle.test.ts asserts it; `npm run bench`
// reports it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** Our scripts: the two entries and the chunk they share. */
export const BUNDLES = ["taskpane.js", "commands.js", "shared.js"] as const;

export const DOWNLOADED = [...BUNDLES, "taskpane.css", "taskpane.html", "commands.html"] as const;

/**
 * 210 KiB. Measured 194.5 KiB (199,190 bytes) when set, after the bundles were
 * cut from 241.9 KiB (zod/mini, one copy of each Babel helper, one shared
 * chunk, no polyfills for unused built-ins). The 15 KiB of headroom is more
 * than the whole of taskpane.js (13 KiB): a feature of ordinary size fits,
 * while a regression of the kinds removed — classic zod back (+22 KiB),
 * per-module Babel helpers (+12 KiB) — fails.
 */
export const BUDGET_BYTES = 210 * 1024;

/** gzip at Node's default level, as a web server's on-the-fly compression would. */
export function gzippedBytes(dir: string, file: string): number {
  return gzipSync(readFileSync(join(dir, file))).length;
}
