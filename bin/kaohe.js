#!/usr/bin/env node
// The kaohe command: the CLI compiled to JavaScript in lib/ by `npm ci`
// (the "prepare" script, tsconfig.cli.json), so no TypeScript compiler runs
// at start-up. `npm run build:cli` rebuilds lib/ after editing src/cli.
"use strict";
const { existsSync } = require("node:fs");
const path = require("node:path");

// tsc puts main.js under lib/cli/ while src/ is the CLI's only root, and
// under lib/src/cli/ once it also compiles files from beside src/.
const candidates = [path.join(__dirname, "..", "lib", "cli", "main.js"), path.join(__dirname, "..", "lib", "src", "cli", "main.js")];
const entry = candidates.find((file) => existsSync(file));
if (entry === undefined) {
  console.error("找不到已编译的命令行程序（lib/）。请先运行 npm run build:cli / The compiled CLI (lib/) is missing: run npm run build:cli");
  process.exit(2);
}
const { main } = require(entry);
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
