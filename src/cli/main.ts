import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCliArgs, usageOf, UsageError } from "./args";

// Commands are loaded when they run, all from one module (run-command.ts,
// one bundled file in lib/): exceljs (half the start-up time) is loaded only
// by a command, never by --help.

const COMMANDS = ["score", "check", "summary", "rubric"] as const;

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version?: string };
    return `kaohe ${pkg.version ?? "?"}`;
  } catch {
    // The single-file kaohe-cli.js has no package.json beside it.
    return "kaohe (single-file build)";
  }
}

/**
 * The kaohe command. Exit codes: 0 done, 1 findings with errors (check) or
 * no table found (score), 2 bad usage, an unreadable file, a refused or
 * failed write.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  const known = COMMANDS.find((c) => c === command);
  try {
    if (command === "--version" || command === "-V" || command === "version") {
      console.log(version());
      return 0;
    }
    if (command === undefined || command === "help" || command === "--help" || command === "-h") {
      const topic = command === "help" ? rest[0] : undefined;
      console.log(usageOf(topic));
      return command === undefined ? 2 : 0;
    }
    if (!known) throw new UsageError(`未知命令：${command} / unknown command`);
    const options = parseCliArgs(rest);
    if (options.help) {
      console.log(usageOf(known));
      return 0;
    }
    if (options.version) {
      console.log(version());
      return 0;
    }
    const commands = await import("./run-command");
    switch (known) {
      case "score":
        return await commands.scoreCommand(options);
      case "check":
        return await commands.checkCommand(options);
      case "summary":
        return await commands.summaryCommand(options);
      case "rubric":
        return await commands.rubricCommand(options);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${usageOf(known)}`);
      return 2;
    }
    // Only a command that ran can throw these, so their module is loaded already.
    const { InputError, OutputRefused, FileWriteError } = await import("./run-command");
    if (error instanceof InputError || error instanceof OutputRefused || error instanceof FileWriteError) {
      console.error(error.message);
      return 2;
    }
    // Anything else is Kaohe's own fault, not the user's file: say so in words, and that
    // nothing was written (every output is a temporary file renamed only when complete).
    const detail = error instanceof Error ? error.message : String(error);
    console.error(`Kaohe 内部错误，本次未写入任何文件，输入文件未改动；请将此信息和工作簿反馈给维护人员。详情：${detail}\n/ Kaohe internal error: nothing was written and the input is unchanged; please report this message with the workbook.`);
    if (process.env["KAOHE_DEBUG"] && error instanceof Error && error.stack) console.error(error.stack);
    return 2;
  }
}
