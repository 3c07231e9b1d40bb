import type { CellValue, WorkbookGrid } from "../grid/sheet-grid";
import { SETTINGS_SHEET } from "../ownership/ledger";
import { parseRubricFile } from "../rubric/parse-rubric-file";
import { cellText } from "../text/cell-text";
import type { GroupsChoice, RubricChoice, StoredChoice, TableRef, UnreadableChoice } from "./rubric-choice";
import { NO_STORED_CHOICE, tableKey } from "./rubric-choice";

/**
 * The stored choice lives in Kaohe's very hidden sheet as cell text, so
 * every host reads it as grid data and it travels with the file: row 1 a
 * marker, then the JSON in column A split into pieces below Excel's 32,767
 * characters a cell (a custom rubric may be 100 KB). Each piece starts with
 * "|" so no host takes it for a number or a formula.
 */
export const SETTINGS_MARKER = "kaohe-settings";
export const SETTINGS_VERSION = 1;
/** Characters of JSON per cell. */
export const SETTINGS_PIECE = 32000;
const PREFIX = "|";

interface SerialChoice {
  readonly version: number;
  readonly all?: RubricChoice;
  readonly tables: readonly (TableRef & { readonly choice: RubricChoice })[];
  readonly groups?: GroupsChoice;
}

const unreadable = (reason: string): UnreadableChoice => ({ kind: "unreadable", reason });

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function schemaReason(errors: readonly string[]): string {
  return errors.slice(0, 3).join("；") + (errors.length > 3 ? `；等 ${errors.length} 处` : "");
}

/** One stored rubric choice, validated; a custom rubric with the same zod schema as a file. */
function readChoice(value: unknown): RubricChoice | UnreadableChoice {
  if (!isObject(value)) return unreadable("不是有效的选择");
  switch (value.kind) {
    case "auto":
    case "sheet":
      return { kind: value.kind };
    case "bundled":
      return typeof value.id === "string" && value.id !== "" ? { kind: "bundled", id: value.id } : unreadable("缺少细则 id");
    case "custom": {
      const parsed = parseRubricFile(value.rubric);
      if (!parsed.ok) return unreadable(`自定义细则无效：${schemaReason(parsed.errors)}`);
      return parsed.file.kind === "rubric" ? { kind: "custom", rubric: parsed.file } : unreadable(`自定义细则是 ${parsed.file.kind} 文件`);
    }
    default:
      return unreadable(`未知的选择“${String(value.kind)}”`);
  }
}

function readGroups(value: unknown): GroupsChoice | UnreadableChoice {
  if (!isObject(value)) return unreadable("不是有效的分组选择");
  if (value.kind === "bundled" && typeof value.id === "string") return { kind: "bundled", id: value.id };
  if (value.kind !== "custom") return unreadable(`未知的分组选择“${String(value.kind)}”`);
  const parsed = parseRubricFile(value.file);
  if (!parsed.ok) return unreadable(`分组名单无效：${schemaReason(parsed.errors)}`);
  return parsed.file.kind === "groups" ? { kind: "custom", file: parsed.file } : unreadable(`分组名单是 ${parsed.file.kind} 文件`);
}

/** The stored JSON text, put back together from the settings sheet; undefined when there is none. */
function storedText(workbook: WorkbookGrid): string | undefined {
  const sheet = workbook.sheets.find((s) => s.name === SETTINGS_SHEET);
  if (!sheet || cellText(sheet.values[0]?.[0] ?? null) !== SETTINGS_MARKER) return undefined;
  const pieces = sheet.values.slice(1).map((row) => cellText(row[0] ?? null));
  return pieces.map((p) => (p.startsWith(PREFIX) ? p.slice(PREFIX.length) : p)).join("");
}

/**
 * Decodes the stored choice from the workbook's grid. Nothing stored → no
 * choice (auto everywhere). A piece that cannot be read becomes an
 * "unreadable" choice carrying the reason, which chooseRubrics reports as a
 * finding while the table falls back to auto.
 */
export function readStoredChoice(workbook: WorkbookGrid): StoredChoice {
  const text = storedText(workbook);
  if (text === undefined || text.trim() === "") return NO_STORED_CHOICE;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { all: unreadable("保存的设置不是有效的 JSON（可能被截断或改动）"), tables: [] };
  }
  if (!isObject(json) || json.version !== SETTINGS_VERSION) return { all: unreadable(`保存的设置版本不受支持（${isObject(json) ? String(json.version) : "?"}）`), tables: [] };
  const tables = Array.isArray(json.tables)
    ? json.tables.flatMap((t: unknown) => (isObject(t) && typeof t.sheet === "string" && typeof t.anchor === "string" ? [{ sheet: t.sheet, anchor: t.anchor, choice: readChoice(t.choice) }] : []))
    : [];
  return {
    ...(json.all === undefined ? {} : { all: readChoice(json.all) }),
    tables,
    ...(json.groups === undefined ? {} : { groups: readGroups(json.groups) }),
  };
}

function readable<T extends { readonly kind: string }>(choice: T | UnreadableChoice | undefined): T | undefined {
  return choice === undefined || choice.kind === "unreadable" ? undefined : (choice as T);
}

/**
 * The settings sheet's rows for a choice: the marker, then the JSON in
 * pieces of at most SETTINGS_PIECE characters. The host clears the sheet
 * (creating it very hidden when missing) and writes these rows from A1.
 * Choices that could not be read are not written back.
 */
export function storedChoiceRows(stored: StoredChoice): CellValue[][] {
  const all = readable(stored.all);
  const groups = readable(stored.groups);
  const serial: SerialChoice = {
    version: SETTINGS_VERSION,
    ...(all ? { all } : {}),
    tables: stored.tables.flatMap((t) => {
      const choice = readable(t.choice);
      return choice ? [{ sheet: t.sheet, anchor: t.anchor, choice }] : [];
    }),
    ...(groups ? { groups } : {}),
  };
  const text = JSON.stringify(serial);
  const rows: CellValue[][] = [[SETTINGS_MARKER]];
  for (let at = 0; at < text.length; at += SETTINGS_PIECE) rows.push([PREFIX + text.slice(at, at + SETTINGS_PIECE)]);
  return rows;
}

/** The choice for one table set (auto removes the table's own choice). */
export function withTableChoice(stored: StoredChoice, ref: TableRef, choice: RubricChoice): StoredChoice {
  const others = stored.tables.filter((t) => tableKey(t) !== tableKey(ref));
  return { ...stored, tables: choice.kind === "auto" ? others : [...others, { sheet: ref.sheet, anchor: ref.anchor, choice }] };
}

/** One choice for every table: the tables' own choices are dropped. */
export function withAllChoice(stored: StoredChoice, choice: RubricChoice): StoredChoice {
  const rest: StoredChoice = stored.groups ? { tables: [], groups: stored.groups } : { tables: [] };
  return choice.kind === "auto" ? rest : { ...rest, all: choice };
}

/** The groups file 生成汇总 ranks by; undefined removes it. */
export function withGroupsChoice(stored: StoredChoice, groups: GroupsChoice | undefined): StoredChoice {
  const rest: StoredChoice = stored.all ? { tables: stored.tables, all: stored.all } : { tables: stored.tables };
  return groups ? { ...rest, groups } : rest;
}
