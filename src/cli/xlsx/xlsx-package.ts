import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { Zippable } from "fflate";

/**
 * An .xlsx (or .xlsm) as its zip entries, in their original order. The
 * patcher replaces a few entries and adds Kaohe's own; every other entry is
 * written back with exactly the bytes it had when unpacked.
 */
export class XlsxPackage {
  private constructor(private readonly entries: Map<string, Uint8Array>) {}

  /** Throws on a file that is no zip or whose entries do not inflate (truncated, damaged). */
  static read(bytes: Uint8Array): XlsxPackage {
    return new XlsxPackage(new Map(Object.entries(unzipSync(bytes))));
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
    this.entries.set(name, strToU8(text));
  }

  setBytes(name: string, data: Uint8Array): void {
    this.entries.set(name, data);
  }

  delete(name: string): void {
    this.entries.delete(name);
  }

  /** A deep enough copy to patch without changing this one. */
  clone(): XlsxPackage {
    return new XlsxPackage(new Map(this.entries));
  }

  /** The zip, [Content_Types].xml first as the format asks; media already compressed are stored. */
  write(): Uint8Array {
    const files: Zippable = {};
    const names = this.names().sort((a, b) => Number(b === "[Content_Types].xml") - Number(a === "[Content_Types].xml"));
    for (const name of names) {
      const data = this.entries.get(name);
      if (data === undefined) continue;
      files[name] = [data, { level: /\.(png|jpe?g|gif)$/i.test(name) ? 0 : 6 }];
    }
    return zipSync(files);
  }
}
