import Decimal from "decimal.js";
import type { AdoptionScaleFile } from "../rubric/data-schemas";

export type TargetLevel = "city" | "province";

export interface AdoptionLine {
  readonly publication: string;
  readonly level: TargetLevel;
  readonly count: Decimal;
  readonly points: Decimal;
}

export interface AdoptedPoints {
  readonly city: Decimal;
  readonly province: Decimal;
  readonly lines: readonly AdoptionLine[];
}

/**
 * 攀枝花 计分标准: each adopted item (条, 期, 批示) is worth its points at its
 * level — 《攀政快讯》4分/条 towards the 市级 target, 《川政晨讯》3分/条
 * towards the 省级 one, extras such as 国办采用 再另加 3 分 counted as their
 * own lines. Counts are keyed by the scale's publication names.
 */
export function adoptedPoints(counts: ReadonlyMap<string, Decimal>, scale: AdoptionScaleFile): AdoptedPoints {
  const lines = scale.entries.map((entry): AdoptionLine => {
    const count = counts.get(entry.publication) ?? new Decimal(0);
    return { publication: entry.publication, level: entry.level, count, points: count.times(entry.points) };
  });
  const sum = (level: TargetLevel): Decimal => lines.filter((l) => l.level === level).reduce((acc, l) => acc.plus(l.points), new Decimal(0));
  return { city: sum("city"), province: sum("province"), lines };
}
