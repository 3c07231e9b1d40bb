import type { RubricChoice, StoredChoice, TableRef } from "../core";
import { rubricName, tableKey } from "../core";
import { bundledCatalog } from "../catalog/bundled";
import type { Translate } from "./i18n";

/** What a picker's option means: a choice, or "open a file". */
export type PickerValue = { readonly kind: "choice"; readonly choice: RubricChoice } | { readonly kind: "file" };

export interface PickerOption {
  readonly value: string;
  readonly label: string;
}

/** The value string of a choice in a <select>. */
export function choiceValue(choice: RubricChoice): string {
  if (choice.kind === "bundled") return `bundled:${choice.id}`;
  return choice.kind;
}

/** A <select> value back to what it means; "custom" keeps the stored custom rubric. */
export function pickerValue(value: string, current: RubricChoice): PickerValue | undefined {
  if (value === "file") return { kind: "file" };
  if (value === "auto" || value === "sheet") return { kind: "choice", choice: { kind: value } };
  if (value === "custom") return current.kind === "custom" ? { kind: "choice", choice: current } : undefined;
  if (value.startsWith("bundled:")) return { kind: "choice", choice: { kind: "bundled", id: value.slice("bundled:".length) } };
  return undefined;
}

/** Auto, every bundled rubric, the sheet's own rules, the current custom rubric, and "open a file". */
export function rubricOptions(t: Translate, current: RubricChoice): PickerOption[] {
  const options: PickerOption[] = [{ value: "auto", label: t("optionAuto") }];
  for (const rubric of bundledCatalog().rubrics) options.push({ value: `bundled:${rubric.id}`, label: rubricName(rubric) });
  options.push({ value: "sheet", label: t("optionSheet") });
  if (current.kind === "custom") options.push({ value: "custom", label: t("optionCustom", { title: rubricName(current.rubric) }) });
  options.push({ value: "file", label: t("optionOpenFile") });
  return options;
}

/** The choice the workbook stores for a table (its own, else the one for all, else auto). */
export function storedFor(stored: StoredChoice, ref: TableRef | "all"): RubricChoice {
  const own = ref === "all" ? undefined : stored.tables.find((t) => tableKey(t) === tableKey(ref))?.choice;
  const choice = own ?? stored.all;
  return choice === undefined || choice.kind === "unreadable" ? { kind: "auto" } : choice;
}
