// Reads every corpus file through its schema, failing with every message
// when one is invalid.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CorpusFile } from "./corpus-schema";
import { corpusFile } from "./corpus-schema";

export const CORPUS_DIR = join(__dirname, "rubrics");

export interface LoadedCorpusFile {
  readonly name: string;
  readonly file: CorpusFile;
}

export function corpusFileNames(): string[] {
  return readdirSync(CORPUS_DIR).filter((f) => f.endsWith(".json")).sort();
}

export function loadCorpusFile(name: string): LoadedCorpusFile {
  const result = corpusFile.safeParse(JSON.parse(readFileSync(join(CORPUS_DIR, name), "utf8")) as unknown);
  if (!result.success) {
    const messages = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`test/corpus/rubrics/${name} is invalid:\n${messages}`);
  }
  return { name: name.replace(/\.json$/, ""), file: result.data };
}

export function loadCorpus(): LoadedCorpusFile[] {
  return corpusFileNames().map(loadCorpusFile);
}
