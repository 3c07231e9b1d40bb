import Decimal from "decimal.js";
import type { Rubric } from "../rubric/rubric-schema";
import { convertResult } from "./convert-result";
import { gradeFor } from "./grade";

// 三河 2018: 得分90分以上为优秀,75分以上90分以下为良好,60分以上75分以下为一般,60分以下为较差。
// (“以上”包括本数,“以下”不包括本数)
const SANHE_GRADES: Rubric["grades"] = [
  { name: "优秀", min: "90", minInclusive: true },
  { name: "良好", min: "75", minInclusive: true },
  { name: "一般", min: "60", minInclusive: true },
  { name: "较差", minInclusive: true },
];

describe("gradeFor: 以上 includes its number, 以下 does not", () => {
  it.each([
    ["100", "优秀"],
    ["90", "优秀"],
    ["89.99", "良好"],
    ["75", "良好"],
    ["74.5", "一般"],
    ["60", "一般"],
    ["59.99", "较差"],
    ["0", "较差"],
  ])("%s → %s", (total, grade) => {
    expect(gradeFor(new Decimal(total), SANHE_GRADES)).toBe(grade);
  });

  it("is null without grades", () => {
    expect(gradeFor(new Decimal(50), undefined)).toBeNull();
  });
});

describe("convertResult", () => {
  const d = (v: string) => new Decimal(v);

  it("percentage: raw over the applicable max × 100 (三河: items outside a unit's duties excluded)", () => {
    // 100-point table, 5 points not applicable: 76 / 95 × 100 = 80
    expect(convertResult(d("76"), d("100"), d("95"), { kind: "percentage", source: "…" }).toFixed()).toBe("80");
    // 2 / 3 × 100 = 66.666… → 66.67 (two places, half up)
    expect(convertResult(d("2"), d("100"), d("3"), { kind: "percentage", source: "…" }).toFixed()).toBe("66.67");
  });

  it("deduction-scale: 考核结果按最多扣2分进行折算 — 90 of 100 loses 0.2, 0 of 100 loses 2, a bonus never gains", () => {
    const scale = { kind: "deduction-scale", maxDeduction: "2", source: "…" } as const;
    expect(convertResult(d("90"), d("100"), d("100"), scale).toFixed()).toBe("-0.2");
    expect(convertResult(d("0"), d("100"), d("100"), scale).toFixed()).toBe("-2");
    expect(convertResult(d("104"), d("100"), d("100"), scale).toFixed()).toBe("0");
  });

  it("points-scale: 市级 满分3分 — 85 of 100 gives 2.55, never above 3", () => {
    const scale = { kind: "points-scale", maxPoints: "3", source: "…" } as const;
    expect(convertResult(d("85"), d("100"), d("100"), scale).toFixed()).toBe("2.55");
    expect(convertResult(d("110"), d("100"), d("100"), scale).toFixed()).toBe("3");
  });

  it("none: the raw total, never below 0", () => {
    expect(convertResult(d("-3"), d("100"), d("100"), undefined).toFixed()).toBe("0");
    expect(convertResult(d("97.5"), d("100"), d("100"), { kind: "none" }).toFixed()).toBe("97.5");
  });
});
