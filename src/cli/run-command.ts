/**
 * Everything main.ts loads once a command runs, in one module: the four
 * commands and the errors main turns into exit code 2. `npm run build:cli`
 * bundles this module with what it imports (the core, exceljs, zod,
 * decimal.js, fflate) into the single file lib/cli/run-command.js: a whole
 * `kaohe score` then resolves and reads one file instead of some 600, which
 * was a fifth of its process (bench/cli-process.ts). `--help` and
 * `--version` never load it.
 */
export { scoreCommand } from "./commands/score";
export { checkCommand } from "./commands/check";
export { summaryCommand } from "./commands/summary";
export { rubricCommand } from "./commands/rubric";
export { InputError } from "./commands/run-scoring";
export { OutputRefused } from "./io/guard-paths";
export { FileWriteError } from "./io/file-errors";
