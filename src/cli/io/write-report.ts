import { writeFileAtomic } from "./atomic-write";

/** The report JSON, written whole or not at all. */
export function writeJsonReport(path: string, report: unknown): void {
  writeFileAtomic(path, JSON.stringify(report, null, 2) + "\n");
}
