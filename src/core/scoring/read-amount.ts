import Decimal from "decimal.js";
import type { Finding } from "../findings/finding";
import { finding } from "../findings/finding";
import { entryDisplayFinding } from "../findings/entry-display-type";
import type { EntryCell } from "../layout/read-entries";

export type Amount =
  | { readonly kind: "none" }
  | { readonly kind: "not-applicable" }
  | { readonly kind: "veto"; readonly cell: string }
  | { readonly kind: "amount"; readonly value: Decimal; readonly cell: string };

const NONE: Amount = { kind: "none" };

/**
 * An entry cell as an amount of points. Bad entries become findings and
 * count as nothing, so one typo never stops the rest of the sheet.
 */
export function readAmount(entry: EntryCell | undefined, column: string, sheet: string, findings: Finding[]): Amount {
  if (entry === undefined) return NONE;
  const { cell } = entry;
  switch (entry.entry.kind) {
    case "blank":
      return NONE;
    case "not-applicable":
      return { kind: "not-applicable" };
    case "veto":
      return { kind: "veto", cell };
    case "invalid":
      findings.push(entry.entry.displayed ? entryDisplayFinding(entry.entry.displayed, column, sheet, cell) : finding("ENTRY_NOT_NUMBER", sheet, cell, { text: entry.entry.text, column }));
      return NONE;
    case "number":
      if (entry.entry.displayed) findings.push(entryDisplayFinding(entry.entry.displayed, column, sheet, cell));
      if (entry.entry.value.isNegative()) {
        findings.push(finding("ENTRY_NEGATIVE", sheet, cell, { column, value: entry.entry.value.toFixed() }));
        return { kind: "amount", value: new Decimal(0), cell };
      }
      return { kind: "amount", value: entry.entry.value, cell };
  }
}

export function amountValue(amount: Amount): Decimal {
  return amount.kind === "amount" ? amount.value : new Decimal(0);
}
