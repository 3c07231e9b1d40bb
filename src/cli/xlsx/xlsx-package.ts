import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { Zippable } from "fflate";
import type { RawEntry } from "./zip-raw";
import { newRawEntry, readRawEntries, writeRawEntries } from "./zip-raw";

/**
 * An .xlsx (or .xlsm) as its zip entries, in their original order. The
 * patcher replaces a few entries and adds Kaohe's own; every other entry is
 * written back with the compressed bytes it had (zip-raw.ts), or — for the
 * archives that reader leaves alone — with exactly the content it had.
 */
export class XlsxPackage {
  private constructor(
    private readonly entries: Map<string, Uint8Array>,
    /** The stored form of each entry as read; dropped for an entry once it is changed. */
    private readonly raw: Map<string, RawEntry> | undefined,
  ) {}

  /** Throws on a file that is no zip or whose entries do not inflate (truncated, damaged). */
  static read(bytes: Uint8Array): XlsxPackage {
    const entries = new Map(Object.entries(unzipSync(bytes)));
    const raw = readRawEntries(bytes);
    const complete = raw !== undefined && raw.size === entries.size && [...entries.keys()].every((name) => raw.has(name));
    return new XlsxPackage(entries, complete ? raw : undefined);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  bytes(name: string): Uint8Array | undefined {
    return this.entries.get(name);
  }

  text(name: string): string | undefined {
    const data = this.entries.get(name);
    return data === undefined ? undefined : strFromU8(data);
  }

  setText(name: string, text: string): void {
    if (this.text(name) === text) return;
    this.setBytes(name, strToU8(text));
  }

  setBytes(name: string, data: Uint8Array): void {
    this.entries.set(name, data);
    this.raw?.delete(name);
  }

  delete(name: string): void {
    this.entries.delete(name);
    this.raw?.delete(name);
  }

  /** A copy to patch without changing this one (entry contents are shared, never mutated). */
  clone(): XlsxPackage {
    return new XlsxPackage(new Map(this.entries), this.raw ? new Map(this.raw) : undefined);
  }

  /** The zip, [Content_Types].xml first as the format asks. */
  write(): Uint8Array {
    const names = this.names().sort((a, b) => Number(b === "[Content_Types].xml") - Number(a === "[Content_Types].xml"));
    if (this.raw && names.length < 0xffff) {
      const raw = this.raw;
      const now = new Date();
      return writeRawEntries(names.map((name) => raw.get(name) ?? newRawEntry(name, this.entries.get(name) ?? new Uint8Array(), now)));
    }
    const files: Zippable = {};
    for (const name of names) {
      const data = this.entries.get(name);
      if (data !== undefined) files[name] = [data, { level: /\.(png|jpe?g|gif)$/i.test(name) ? 0 : 6 }];
    }
    return zipSync(files);
  }
}
