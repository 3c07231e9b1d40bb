import Decimal from "decimal.js";
import { rankUnits } from "./rank-units";

it("ranks within each group, ties sharing a rank (1, 1, 3)", () => {
  const units = [
    { group: "县", total: new Decimal("96.5") },
    { group: "县", total: new Decimal("98") },
    { group: "部门", total: new Decimal("90") },
    { group: "县", total: new Decimal("98") },
  ];
  expect(rankUnits(units)).toEqual([3, 1, 1, 1]);
});
