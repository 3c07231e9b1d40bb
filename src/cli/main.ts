import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCliArgs, usageOf, UsageError } from "./args";
import { checkCommand } from "./commands/check";
import { InputError } from "./commands/run-scoring";
import { rubricCommand } from "./commands/rubric";
import { scoreCommand } from "./commands/score";
import { summaryCommand } from "./commands/summary";
import { FileWriteError } from "./io/file-errors";
import { OutputRefused } from "./io/guard-paths";

const COMMANDS = ["score", "check", "summary", "rubric"] as const;

function version(): string {
  const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version?: string };
  return `kaohe ${pkg.version ?? "?"}`;
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
    switch (known) {
      case "score":
        return await scoreCommand(options);
      case "check":
        return await checkCommand(options);
      case "summary":
        return await summaryCommand(options);
      case "rubric":
        return await rubricCommand(options);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${usageOf(known)}`);
      return 2;
    }
    if (error instanceof InputError || error instanceof OutputRefused || error instanceof FileWriteError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
}
