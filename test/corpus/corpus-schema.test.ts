// Every corpus file is valid data: the schema (with today's clause schema for
// readings not marked pending), quoted words inside the rule, a source
// address, and nothing from the places kept apart for the independent check
// or from the five source documents.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { corpusFile, HELD_OUT, SEED_PLACES } from "./corpus-schema";
import { CORPUS_DIR, corpusFileNames, loadCorpus } from "./load-corpus";

const names = corpusFileNames();
const raw = (name: string): unknown => JSON.parse(readFileSync(join(CORPUS_DIR, name), "utf8")) as unknown;

describe("the development corpus files", () => {
  it.each(names)("%s is valid", (name) => {
    const result = corpusFile.safeParse(raw(name));
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([]);
  });

  it("names files <place>-<year>-<slug>.json with the source's year", () => {
    for (const { name, file } of loadCorpus()) expect(name).toMatch(new RegExp(`^[a-z0-9]+-${file.source.year ?? "undated"}-[a-z0-9-]+$`));
  });

  it("holds nothing from the held-out places and documents, nor from the five source documents", () => {
    const found = loadCorpus().flatMap(({ name, file }) => {
      const words = JSON.stringify(file);
      return [...HELD_OUT, ...SEED_PLACES].filter((p) => words.includes(p)).map((p) => `${name}: ${p}`);
    });
    expect(found).toEqual([]);
  });

  it("comes from distinct published pages", () => {
    const addresses = loadCorpus().map(({ file }) => file.source.address);
    expect(new Set(addresses).size).toBe(addresses.length);
  });
});

describe("the corpus schema rejects what is not data", () => {
  const good = raw(names[0] ?? "") as { source: object; items: Record<string, unknown>[] };
  const first = good.items[0] ?? {};

  it("rejects a quoted clause whose words are not in the rule", () => {
    const reading = first["reading"] as { clauses: Record<string, unknown>[] };
    const bad = { ...good, items: [{ ...first, reading: { ...reading, clauses: [{ ...reading.clauses[0], text: "不在规则里的话" }] } }] };
    expect(corpusFile.safeParse(bad).success).toBe(false);
  });

  it("rejects a kind the clause schema lacks unless the reading says it is pending", () => {
    const rule = String(first["rule"]);
    const pendingless = { ...good, items: [{ ...first, reading: { clauses: [{ kind: "rating", levels: [], text: rule }], note: "n" } }] };
    expect(corpusFile.safeParse(pendingless).success).toBe(false);
    const pending = { ...good, items: [{ ...first, reading: { clauses: [{ kind: "rating", levels: [], text: rule }], note: "n", pending: "rating-scale" } }] };
    expect(corpusFile.safeParse(pending).success).toBe(true);
  });

  it("rejects duplicate item ids", () => {
    expect(corpusFile.safeParse({ ...good, items: [first, first] }).success).toBe(false);
  });
});
