// The package's .zip: the folder itself (kaohe-VERSION/…) as its one top
// entry, so unpacking gives the same folder. File names are UTF-8 (flagged in
// the zip), which Windows 10+, macOS and unzip read correctly.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import JSZip from "jszip";

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

export async function zipFolder(folder: string, zipFile: string): Promise<void> {
  const zip = new JSZip();
  const top = basename(folder);
  for (const file of filesUnder(folder).sort()) {
    const name = `${top}/${relative(folder, file).split(sep).join("/")}`;
    zip.file(name, readFileSync(file), { date: statSync(file).mtime, unixPermissions: file.endsWith("kaohe-cli.js") ? 0o755 : 0o644 });
  }
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 }, platform: "UNIX" });
  writeFileSync(zipFile, bytes);
}
