// Loads a file from rubrics/ through the product's own validation, failing
// with every message when it is invalid.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { RubricFile } from "../../src/core/rubric/parse-rubric-file";
import { parseRubricFile } from "../../src/core/rubric/parse-rubric-file";
import type { Rubric } from "../../src/core/rubric/rubric-schema";

export const RUBRICS_DIR = join(__dirname, "..", "..", "rubrics");

export function loadRubricFile(id: string): RubricFile {
  const result = parseRubricFile(JSON.parse(readFileSync(join(RUBRICS_DIR, `${id}.json`), "utf8")) as unknown);
  if (!result.ok) throw new Error(`rubrics/${id}.json is invalid:\n${result.errors.join("\n")}`);
  return result.file;
}

export function loadRubric(id: string): Rubric {
  const file = loadRubricFile(id);
  if (file.kind !== "rubric") throw new Error(`rubrics/${id}.json is a ${file.kind} file, not a rubric`);
  return file;
}

/** Rule text as stored in rubric files: the source cell with whitespace runs collapsed to one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
