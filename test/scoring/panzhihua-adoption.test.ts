import Decimal from "decimal.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { adoptedPoints } from "../../src/core/adoption/adopted-points";
import { ratioShare, scoreAdoption } from "../../src/core/adoption/score-adoption";
import type { AdoptionScaleFile, TargetsFile } from "../../src/core/rubric/data-schemas";
import { parseRubricFile } from "../../src/core/rubric/parse-rubric-file";
import type { Rubric } from "../../src/core/rubric/rubric-schema";

// The bundled 攀枝花 2016 files (rubrics/), read through the same validation as the CLI.
function load<T>(id: string): T {
  const result = parseRubricFile(JSON.parse(readFileSync(join(__dirname, "..", "..", "rubrics", `${id}.json`), "utf8")));
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.file as T;
}
const scale = load<AdoptionScaleFile>("panzhihua-2016-info-points");
const targets = load<TargetsFile>("panzhihua-2016-info-targets");
const city = load<Rubric>("panzhihua-2016-info-city");
const county = load<Rubric>("panzhihua-2016-info-county");
const adoptionItem = (r: Rubric) => r.items.find((i) => i.id === "采用情况")!;
const targetOf = (unit: string) => {
  const t = targets.units.find((u) => u.unit === unit)!;
  return { city: t.city === null ? null : new Decimal(t.city), province: t.province === null ? null : new Decimal(t.province) };
};
const counts = (entries: Record<string, number>) => new Map(Object.entries(entries).map(([k, v]) => [k, new Decimal(v)]));

describe("adopted points (计分标准)", () => {
  it("《攀政快讯》4分/条, 特刊 8, 《每日政情》2分/期, 市级领导批示 +10; 《川政晨讯》3, 国办 动态 3 + 另加 3", () => {
    const points = adoptedPoints(
      counts({ "《攀政快讯》": 20, "《攀政快讯特刊》": 3, "《每日政情》": 5, "市级领导批示": 1, "《川政晨讯》": 2, "省政府上报国办信息（动态信息）": 1, "国办采用（动态信息）": 1 }),
      scale,
    );
    // 市级: 20×4 + 3×8 + 5×2 + 1×10 = 80 + 24 + 10 + 10 = 124; 省级: 2×3 + 1×3 + 1×3 = 12
    expect([points.city.toFixed(), points.province.toFixed()]).toEqual(["124", "12"]);
  });
});

describe("ratio bands: 70%以上(含70%)，不足100%得70%分数 … 30%(不含30%)以下不得分", () => {
  const bands = adoptionItem(city).clauses.find((c) => c.kind === "ratio");
  if (bands?.kind !== "ratio") throw new Error("no ratio clause");
  it.each([
    ["100", "1"],
    ["150", "1"],
    ["99.99", "0.7"],
    ["70", "0.7"],
    ["69.99", "0.5"],
    ["50", "0.5"],
    ["30", "0.3"],
    ["29.99", "0"],
    ["0", "0"],
  ])("%s%% earns a share of %s", (ratio, share) => {
    expect(ratioShare(new Decimal(ratio), bands.bands).toFixed()).toBe(share);
  });
});

describe("采用情况 end to end: counts → points → ratio to each target → share of 64/16", () => {
  it("东区政府 (市级 150, 省级 12): 124/150 = 82.67% → 0.7 × 64 = 44.8; 9/12 = 75% → 0.7 × 16 = 11.2; 56 in all", () => {
    const adopted = adoptedPoints(counts({ "《攀政快讯》": 20, "《攀政快讯特刊》": 3, "《每日政情》": 5, "市级领导批示": 1, "《川政晨讯》": 2, "省政府上报国办信息（动态信息）": 1 }), scale);
    const result = scoreAdoption(adoptionItem(county), county, targetOf("东区政府"), adopted);
    expect(result.parts.map((p) => [p.level, p.points.toFixed(), p.share.toFixed(), p.score.toFixed()])).toEqual([
      ["city", "64", "0.7", "44.8"],
      ["province", "16", "0.7", "11.2"],
    ]);
    expect(result.score.toFixed()).toBe("56");
  });

  it("a unit with only a 市级 target scores the whole 80 on it (采用任务中只有市级任务的单位，此项得分满分为 80 分)", () => {
    const unit = targets.units.find((u) => u.province === null && u.group.includes("市级"))!;
    // Exactly its target: 100% → the whole 80.
    const adopted = adoptedPoints(counts({ "《每日政情》": new Decimal(unit.city!).div(2).toNumber() }), scale);
    const result = scoreAdoption(adoptionItem(city), city, targetOf(unit.unit), adopted);
    expect(result.parts.map((p) => [p.level, p.points.toFixed(), p.ratio.toFixed(), p.score.toFixed()])).toEqual([["city", "80", "100", "80"]]);
  });

  it("exactly 70% of the target is in the 70% band (含 70%)", () => {
    // 15 × 4 + 1 × 10 = 70 of a 100 target: 70% exactly → 0.7 × 64 = 44.8 (the county table has no 80-point rule)
    const adopted = adoptedPoints(counts({ "《攀政快讯》": 15, "市级领导批示": 1 }), scale);
    const result = scoreAdoption(adoptionItem(county), county, { city: new Decimal(100), province: null }, adopted);
    expect(result.parts[0]?.ratio.toFixed()).toBe("70");
    expect(result.score.toFixed()).toBe("44.8");
  });
});
