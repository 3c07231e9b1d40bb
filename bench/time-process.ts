// A whole node process timed from outside: wall clock and the CPU time the
// child used (user + system), for the CLI benches (cli-process.ts,
// cli-startup.ts). CPU time is far less swayed by a busy machine.
import type { SpawnSyncReturns } from "node:child_process";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

/** CPU time of this process's finished children so far (Linux /proc; undefined elsewhere), in ms. */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // cutime and cstime (fields 16 and 17 of proc(5)), in clock ticks of 1/100 s.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

export interface TimedProcess {
  readonly wall: number;
  readonly cpu: number | undefined;
  readonly run: SpawnSyncReturns<string>;
}

/** Runs `node ARGS` in `cwd` and times it; the caller judges its exit status. */
export function timeNodeProcess(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): TimedProcess {
  const cpuBefore = childrenCpuMs();
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd, encoding: "utf8", env });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const cpuAfter = childrenCpuMs();
  return { wall, cpu: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore, run };
}
