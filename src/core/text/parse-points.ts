import Decimal from "decimal.js";
import type { CellValue } from "../grid/sheet-grid";
import { normalizeLabel } from "./normalize-text";
import { decimalAsShown } from "./parse-entry";

/**
 * Reads a 分值 cell: 2, "2分", "２", "（40）", "0.5分". "—", "-", "/" and
 * "无" mean the row carries no base points (长子's 赋分 "—"). Anything else
 * is not a points cell.
 */
export type PointsCell =
  | { readonly kind: "points"; readonly points: Decimal }
  | { readonly kind: "none" }
  | { readonly kind: "blank" }
  | { readonly kind: "text"; readonly text: string };

const NONE_MARKS = new Set(["—", "-", "–", "——", "/", "无", "－"]);
const POINTS_TEXT = /^\(?(\d+(?:\.\d+)?)分?\)?$/;

/** Printed points repeat on every unit's sheet: one reading per distinct number, shared (it is immutable). */
const NUMBER_POINTS = new Map<number, PointsCell>();
const NUMBER_POINTS_LIMIT = 5000;

function numberPoints(value: number): PointsCell {
  let found = NUMBER_POINTS.get(value);
  if (found === undefined) {
    found = { kind: "points", points: decimalAsShown(value) };
    if (NUMBER_POINTS.size >= NUMBER_POINTS_LIMIT) NUMBER_POINTS.clear();
    NUMBER_POINTS.set(value, found);
  }
  return found;
}

export function parsePointsCell(value: CellValue): PointsCell {
  if (value === null) return { kind: "blank" };
  if (typeof value === "number") {
    return Number.isFinite(value) ? numberPoints(value) : { kind: "text", text: String(value) };
  }
  if (typeof value === "boolean") return { kind: "text", text: String(value) };
  const text = normalizeLabel(value);
  if (text === "") return { kind: "blank" };
  if (NONE_MARKS.has(text)) return { kind: "none" };
  const match = POINTS_TEXT.exec(text);
  if (match?.[1] !== undefined) return { kind: "points", points: new Decimal(match[1]) };
  return { kind: "text", text: value };
}

export interface LabelWithPoints {
  /** The label without its points, normalised ("政府信息公开"). */
  readonly name: string;
  readonly points: Decimal | null;
}

/**
 * Splits points written into a label: "组织领导（5）", "决策公开(2分)",
 * "加分10分", "基层政务公开与政务服务（10）". A number inside the name that is
 * not at its end ("12345热线") is left alone.
 */
export function splitLabelPoints(label: string): LabelWithPoints {
  // Each unit's sheet repeats the table's labels: split each distinct one once (the result is immutable).
  let found = SPLIT_MEMO.get(label);
  if (found === undefined) {
    found = splitOnce(label);
    if (SPLIT_MEMO.size >= SPLIT_MEMO_LIMIT) SPLIT_MEMO.clear();
    SPLIT_MEMO.set(label, found);
  }
  return found;
}

const SPLIT_MEMO = new Map<string, LabelWithPoints>();
const SPLIT_MEMO_LIMIT = 20000;

function splitOnce(label: string): LabelWithPoints {
  const text = normalizeLabel(label);
  const bracketed = /^(.*?)\((\d+(?:\.\d+)?)分?\)$/.exec(text);
  if (bracketed?.[1] && bracketed[2]) return { name: bracketed[1], points: new Decimal(bracketed[2]) };
  const trailing = /^(.*?\D)(\d+(?:\.\d+)?)分$/.exec(text);
  if (trailing?.[1] && trailing[2]) return { name: trailing[1], points: new Decimal(trailing[2]) };
  return { name: text, points: null };
}
