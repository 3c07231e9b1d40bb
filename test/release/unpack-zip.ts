// Unpacks a release zip into a folder, as IT would before copying it to the
// web server. JSZip's reader, not the writer that made it; entries that would
// land outside the folder are refused.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import JSZip from "jszip";

export async function unpackZip(zipFile: string, into: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(zipFile));
  const names: string[] = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const target = resolve(into, entry.name);
    if (relative(into, target).startsWith("..")) throw new Error(`zip entry outside the folder: ${entry.name}`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await entry.async("nodebuffer"));
    names.push(entry.name);
  }
  return names.sort();
}
