import Decimal from "decimal.js";
import { buildGrid } from "../testing/build-grid";
import { LEDGER_SHEET, readLedger } from "./ledger";
import { planWrites } from "./plan-writes";
import { findingParam } from "../findings/finding";

const out = (cell: string, value: string) => ({ sheet: "S", cell, value: new Decimal(value) });

describe("planWrites", () => {
  it("writes into empty cells and records them as Kaohe's", () => {
    const sheet = buildGrid("S", [[null, null]]);
    const plan = planWrites([out("B1", "1.5")], new Map([["S", sheet]]), new Map());
    expect(plan.writes).toEqual([{ sheet: "S", cell: "B1", value: 1.5, previous: null }]);
    expect(plan.ledger).toEqual([{ sheet: "S", cell: "B1", written: "1.5", previous: "" }]);
    expect(plan.findings).toEqual([]);
  });

  it("rewrites a cell still holding what Kaohe wrote (idempotent)", () => {
    const sheet = buildGrid("S", [[null, 1.5]]);
    const ledger = readLedger(buildGrid(LEDGER_SHEET, [["sheet", "cell", "written", "previous"], ["S", "B1", "1.5", ""]]));
    const plan = planWrites([out("B1", "1")], new Map([["S", sheet]]), ledger);
    expect(plan.writes.map((w) => w.value)).toEqual([1]);
    expect(plan.findings).toEqual([]);
  });

  it("never overwrites a value the user typed, and says so", () => {
    const sheet = buildGrid("S", [[null, 2]]);
    const plan = planWrites([out("B1", "1")], new Map([["S", sheet]]), new Map());
    expect(plan.writes).toEqual([]);
    expect(plan.findings.map((f) => [f.code, f.cell, findingParam(f, "value")])).toEqual([["OUTPUT_FOREIGN_VALUE", "B1", "2"]]);
  });

  it("never overwrites a formula, even one whose result matches", () => {
    const sheet = buildGrid("S", [[null, 1]], [], { B1: "SUM(A1:A1)" });
    const ledger = readLedger(buildGrid(LEDGER_SHEET, [["sheet", "cell", "written", "previous"], ["S", "B1", "1", ""]]));
    const plan = planWrites([out("B1", "1")], new Map([["S", sheet]]), ledger);
    expect(plan.writes).toEqual([]);
    expect(plan.findings.map((f) => f.code)).toEqual(["OUTPUT_FOREIGN_FORMULA"]);
  });

  it("treats a cell the user changed after Kaohe wrote it as the user's", () => {
    const sheet = buildGrid("S", [[null, 0.5]]);
    const ledger = readLedger(buildGrid(LEDGER_SHEET, [["sheet", "cell", "written", "previous"], ["S", "B1", "1", ""]]));
    const plan = planWrites([out("B1", "1")], new Map([["S", sheet]]), ledger);
    expect(plan.writes).toEqual([]);
    expect(plan.findings.map((f) => f.code)).toEqual(["OUTPUT_FOREIGN_VALUE"]);
  });
});
