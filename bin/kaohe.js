#!/usr/bin/env node
// The kaohe command: the CLI compiled to JavaScript in lib/ by `npm ci` (the
// "prepare" script, scripts/build-cli.ts), so no TypeScript compiler runs at
// start-up. `npm run build:cli` rebuilds lib/ after editing src/.
"use strict";
const { existsSync } = require("node:fs");
const path = require("node:path");

const entry = path.join(__dirname, "..", "lib", "cli", "main.js");
if (!existsSync(entry)) {
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
