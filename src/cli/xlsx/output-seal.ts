import { createHash } from "node:crypto";
import { LEDGER_SHEET } from "../../core";
import { sheetParts } from "./package-parts";
import type { XlsxPackage } from "./xlsx-package";

/**
 * How Kaohe knows a file at a default output name (IN.scored.xlsx, 汇总.xlsx)
 * is its own earlier output *as Kaohe left it*, and so may be replaced: the
 * ledger sheet's part carries a seal — an XML comment holding the SHA-256 of
 * every entry of the package as Kaohe wrote it (names and contents; the
 * ledger part itself without the seal). A user who typed into the file and
 * saved it (Excel and WPS rewrite the parts and drop comments), or changed
 * any part by other means, breaks the seal: the file is theirs now and is
 * never replaced by a default name. Contents, not zip bytes, are hashed, so
 * a file copied or re-zipped without a change still counts as Kaohe's.
 */
const SEAL = /<!--kaohe-seal sha256:([0-9a-f]{64})-->/;

export type SealState =
  /** No ledger sheet: a file Kaohe never wrote. */
  | "none"
  /** Kaohe's output, unchanged since Kaohe wrote it. */
  | "intact"
  /** Kaohe's ledger is there, but the file changed since (or was written before seals existed). */
  | "changed";

function ledgerPart(pkg: XlsxPackage): string | undefined {
  const part = sheetParts(pkg).find((s) => s.name === LEDGER_SHEET)?.part;
  return part && pkg.has(part) ? part : undefined;
}

function digest(pkg: XlsxPackage, ledger: string, ledgerXml: string): string {
  const hash = createHash("sha256");
  for (const name of pkg.names().sort()) {
    const data = name === ledger ? Buffer.from(ledgerXml, "utf8") : (pkg.bytes(name) ?? new Uint8Array());
    // Length-prefixed, so no two different packages hash the same stream.
    hash.update(`${name.length}:${name}:${data.length}:`);
    hash.update(data);
  }
  return hash.digest("hex");
}

/** Seals a package Kaohe is about to write (its ledger sheet already in place); a package without a ledger is left as it is. */
export function sealOutput(pkg: XlsxPackage): void {
  const part = ledgerPart(pkg);
  if (!part) return;
  const xml = (pkg.text(part) ?? "").replace(SEAL, "");
  const seal = `<!--kaohe-seal sha256:${digest(pkg, part, xml)}-->`;
  // After the XML declaration (a comment may not come before it).
  const declaration = /^<\?xml[^>]*\?>\s*/.exec(xml)?.[0] ?? "";
  pkg.setText(part, declaration + seal + xml.slice(declaration.length));
}

export function sealState(pkg: XlsxPackage): SealState {
  const part = ledgerPart(pkg);
  if (!part) return "none";
  const xml = pkg.text(part) ?? "";
  const seal = SEAL.exec(xml)?.[1];
  return seal !== undefined && seal === digest(pkg, part, xml.replace(SEAL, "")) ? "intact" : "changed";
}
