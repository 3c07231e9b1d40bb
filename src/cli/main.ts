import { parseCliArgs, USAGE, UsageError } from "./args";
import { checkCommand } from "./commands/check";
import { InputError } from "./commands/run-scoring";
import { rubricCommand } from "./commands/rubric";
import { scoreCommand } from "./commands/score";
import { summaryCommand } from "./commands/summary";

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
        return await scoreCommand(options);
      case "check":
        return await checkCommand(options);
      case "summary":
        return await summaryCommand(options);
      case "rubric":
        return await rubricCommand(options);
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
    if (error instanceof InputError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
}
