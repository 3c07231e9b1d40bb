import { parseCliArgs, USAGE, UsageError } from "./args";

// Commands are loaded when they run: exceljs (half the start-up time) is
// loaded only by a command that opens a workbook, never by --help.

/**
 * The kaohe command. Exit codes: 0 done, 1 findings with errors (check) or
 * no table found (score), 2 bad usage or an unreadable file.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const options = parseCliArgs(rest);
    switch (command) {
      case "score":
        return await (await import("./commands/score")).scoreCommand(options);
      case "check":
        return await (await import("./commands/check")).checkCommand(options);
      case "summary":
        return await (await import("./commands/summary")).summaryCommand(options);
      case "rubric":
        return await (await import("./commands/rubric")).rubricCommand(options);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        console.log(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`未知命令：${command} / unknown command`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    // Only a command that ran can throw an InputError, so its module is loaded already.
    if (error instanceof (await import("./commands/run-scoring")).InputError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
}
