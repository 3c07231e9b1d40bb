// Builds the corpus workbooks: each published rubric of test/corpus/rubrics
// written in one of the layouts staff use (a second layout for the larger
// ones), so the whole pipeline — layout reader, rule parser, scorer — meets
// texts nobody tuned it on. Written by `npm run fixtures` into
// test/fixtures/generated/corpus/.
// Run alone: npx tsx test/corpus/build-corpus-workbooks.ts [OUT_DIR]
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { CorpusLayout } from "./corpus-layouts";
import { CORPUS_LAYOUTS, writeCorpusLayout } from "./corpus-layouts";
import type { LoadedCorpusFile } from "./load-corpus";
import { loadCorpus } from "./load-corpus";

export interface CorpusWorkbook {
  readonly source: string;
  readonly layout: CorpusLayout;
  readonly file: string;
  readonly workbook: ExcelJS.Workbook;
  readonly corpus: LoadedCorpusFile;
}

/** Sources with at least this many texts get a second layout. */
const SECOND_LAYOUT_FROM = 8;

/** A layout chosen from the source's name, so adding a source never moves another one's workbook. */
function layoutIndex(name: string): number {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) % 1009;
  return hash;
}

export function corpusWorkbooks(): CorpusWorkbook[] {
  return loadCorpus().flatMap((corpus) => {
    const index = layoutIndex(corpus.name);
    const layouts = [CORPUS_LAYOUTS[index % CORPUS_LAYOUTS.length]];
    if (corpus.file.items.length >= SECOND_LAYOUT_FROM) layouts.push(CORPUS_LAYOUTS[(index + 2) % CORPUS_LAYOUTS.length]);
    // The assessor's matrix is scored for real only where every row carries its points.
    if (corpus.file.items.every((i) => i.points !== null) && !layouts.includes("matrix")) layouts.push("matrix");
    return layouts.flatMap((layout) => {
      if (layout === undefined) return [];
      const workbook = new ExcelJS.Workbook();
      writeCorpusLayout(workbook, layout, corpus.file);
      return [{ source: corpus.name, layout, file: `${corpus.name}.${layout}.xlsx`, workbook, corpus }];
    });
  });
}

export const CORPUS_WORKBOOKS_DIR = join(__dirname, "..", "fixtures", "generated", "corpus");

export async function buildCorpusWorkbooks(outDir: string = CORPUS_WORKBOOKS_DIR): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const book of corpusWorkbooks()) {
    const path = join(outDir, book.file);
    await book.workbook.xlsx.writeFile(path);
    written.push(path);
  }
  return written;
}

if (require.main === module) {
  buildCorpusWorkbooks(process.argv[2]).then(
    (files) => console.log(`${files.join("\n")}\n\n${files.length} corpus workbooks`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
