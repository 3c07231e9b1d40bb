import Decimal from "decimal.js";
import type { Clause } from "../rubric/clause-schema";
import type { Rubric, RubricItem } from "../rubric/rubric-schema";
import type { AdoptedPoints, TargetLevel } from "./adopted-points";

type RatioClause = Extract<Clause, { kind: "ratio" }>;

export interface UnitTargets {
  readonly city: Decimal | null;
  readonly province: Decimal | null;
}

export interface AdoptionPart {
  readonly level: TargetLevel;
  readonly points: Decimal;
  readonly target: Decimal;
  readonly adopted: Decimal;
  /** adopted / target, in percent, exact. */
  readonly ratio: Decimal;
  readonly share: Decimal;
  readonly score: Decimal;
}

export interface AdoptionScore {
  readonly score: Decimal;
  readonly parts: readonly AdoptionPart[];
}

/** The share a ratio earns: the band it falls in, edges as the document writes them (含 70%, 不足 100%). */
export function ratioShare(ratio: Decimal, bands: RatioClause["bands"]): Decimal {
  for (const band of bands) {
    const aboveFrom = band.from === undefined || (band.fromInclusive ? ratio.gte(band.from) : ratio.gt(band.from));
    const belowTo = band.to === undefined || (band.toInclusive ? ratio.lte(band.to) : ratio.lt(band.to));
    if (aboveFrom && belowTo) return new Decimal(band.share);
  }
  return new Decimal(0);
}

/** 采用任务中只有市级任务的单位，此项得分满分为 80 分: a missing target's points go to the unit's other parts. */
function redistributes(rubric: Rubric): boolean {
  return rubric.policies.some((p) => p.kind === "missing-target");
}

/**
 * An item scored by the ratio of adopted points to each of the unit's
 * targets (攀枝花 采用情况): each ratio clause shares out its points by the
 * band its ratio falls in. Units without a target at a level have no such part.
 */
export function scoreAdoption(item: RubricItem, rubric: Rubric, targets: UnitTargets, adopted: AdoptedPoints): AdoptionScore {
  const clauses = item.clauses.filter((c): c is RatioClause => c.kind === "ratio" && c.target !== undefined && c.points !== undefined);
  const present = clauses.filter((c) => {
    const target = c.target === "city" ? targets.city : targets.province;
    return target !== null && target.gt(0);
  });
  const missing = clauses.filter((c) => !present.includes(c)).reduce((acc, c) => acc.plus(c.points ?? 0), new Decimal(0));
  const parts = present.map((clause, index): AdoptionPart => {
    const level = clause.target ?? "city";
    const target = (level === "city" ? targets.city : targets.province) ?? new Decimal(1);
    const own = new Decimal(clause.points ?? 0);
    // The first part the unit has takes the points of the parts it has not (80 = 64 + 16).
    const points = index === 0 && redistributes(rubric) ? own.plus(missing) : own;
    const got = level === "city" ? adopted.city : adopted.province;
    const ratio = got.div(target).times(100);
    const share = ratioShare(ratio, clause.bands);
    return { level, points, target, adopted: got, ratio, share, score: points.times(share) };
  });
  return { score: parts.reduce((acc, p) => acc.plus(p.score), new Decimal(0)), parts };
}
