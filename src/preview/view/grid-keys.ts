import type { CellRange } from "../../core";
import { toA1 } from "../../core";
import type { FakeSheet } from "../fake-excel";

const STEPS: Readonly<Record<string, readonly [number, number]>> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/**
 * Where an arrow key moves the selection, as in Excel: one cell, stepping
 * over a merged area as a whole (its top-left cell is the one selected).
 * undefined for any other key.
 */
export function cellAfterKey(sheet: FakeSheet, at: CellRange | undefined, key: string): string | undefined {
  const move = STEPS[key];
  if (!move) return undefined;
  const from = at ?? { top: 0, left: 0, bottom: 0, right: 0 };
  const merge = sheet.merges.find((m) => m.top === from.top && m.left === from.left);
  const row = Math.max(0, move[0] > 0 ? (merge?.bottom ?? from.top) + 1 : from.top + move[0]);
  const col = Math.max(0, move[1] > 0 ? (merge?.right ?? from.left) + 1 : from.left + move[1]);
  const covering = sheet.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  return toA1(covering?.top ?? row, covering?.left ?? col);
}
