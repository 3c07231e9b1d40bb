#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx kaohe` works right
// after `npm ci` with no build step.
"use strict";
const path = require("node:path");
require("tsx/cjs/api").register();
const { main } = require(path.join(__dirname, "..", "src", "cli", "main.ts"));
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
