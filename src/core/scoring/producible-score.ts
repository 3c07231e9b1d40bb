import Decimal from "decimal.js";
import type { Clause } from "../rubric/clause-schema";

/** Scores are checked to the hundredth of a point, as deductions are (producible.ts). */
const SCALE = 100;
const LIMIT = 20_000;

type Values = Set<number>;

const units = (d: Decimal | string): number => new Decimal(d).times(SCALE).round().toNumber();

/** What one part can score: its full points and 0 always; the values its inner clauses allow; undefined for any value. */
function partValues(points: number, inner: readonly Clause[]): Values | undefined {
  if (inner.length === 0) return undefined;
  const values: Values = new Set([0, points]);
  const awards: number[] = [];
  for (const c of inner) {
    switch (c.kind) {
      case "bands":
        c.bands.forEach((b) => values.add(units(b.points)));
        break;
      case "levels":
        c.levels.forEach((l) => values.add(units(l.points)));
        break;
      case "by-level":
        if (c.effect !== "award") return undefined;
        c.levels.forEach((l) => values.add(units(l.points)));
        break;
      case "flat":
        if (c.effect === "award") awards.push(units(c.points));
        else if (c.effect === "deduct") values.add(Math.max(0, points - units(c.points)));
        break;
      case "per-occurrence":
      case "per-step": {
        if (c.effect !== "deduct") return undefined;
        const step = units(c.points);
        for (let v = points; v >= 0 && step > 0; v -= step) values.add(v);
        break;
      }
      case "rating-scale":
        if (c.effect === "bonus") return undefined;
        // One tier applies: its points (the part's own for 得满分), or the part's points less a deduction tier.
        for (const o of c.options) {
          const tier = "full" in o ? points : units(o.points);
          values.add(c.effect === "award" ? Math.min(tier, points) : Math.max(0, points - tier));
        }
        break;
      case "zero-out":
        break;
      default:
        return undefined;
    }
  }
  // Awards that can each be earned or not (得0.5分, 得0.5分, 得0.5分) add up in any subset.
  let sums = [0];
  for (const a of awards) sums = [...new Set([...sums, ...sums.map((s) => s + a)])];
  sums.forEach((s) => values.add(Math.min(s, points)));
  return values;
}

/**
 * The scores an item made of parts can take (三河: "网上可办率50%以上(6分,完成50%-40%得5分…)；
 * 推进…对接(1.5分,…得0.5分,…得0.5分,…得0.5分)"): the sums of what each part
 * allows. Undefined when any part is left to judgement, so only scores no
 * reading of the rules could give are questioned.
 */
export function producibleScores(points: Decimal, clauses: readonly Clause[]): ReadonlySet<number> | undefined {
  // Every unit's sheet scores the same rubric items: work each item's set out once (callers only read it).
  let byPoints = MEMO.get(clauses);
  if (byPoints === undefined) {
    byPoints = new Map();
    MEMO.set(clauses, byPoints);
  }
  const key = points.toString();
  if (byPoints.has(key)) return byPoints.get(key);
  const found = computeScores(points, clauses);
  byPoints.set(key, found);
  return found;
}

const MEMO = new WeakMap<readonly Clause[], Map<string, Values | undefined>>();

/** 优秀得10分，良好得8分…: an item that is one award scale alone scores one of its tiers, nothing else. */
function scaleScores(points: Decimal, clauses: readonly Clause[]): Values | undefined {
  const only = clauses.length === 1 ? clauses[0] : undefined;
  if (only?.kind !== "rating-scale" || only.effect !== "award") return undefined;
  return new Set(only.options.map((o) => ("full" in o ? units(points) : units(o.points))));
}

function computeScores(points: Decimal, clauses: readonly Clause[]): Values | undefined {
  if (!clauses.some((c) => c.kind === "sub-requirement")) return scaleScores(points, clauses);
  if (clauses.some((c) => c.kind === "judgement")) return undefined;
  const parts: { points: number; inner: Clause[] }[] = [];
  for (const c of clauses) {
    if (c.kind === "sub-requirement") parts.push({ points: units(c.points), inner: [] });
    else if (parts.length === 0) return undefined;
    else parts[parts.length - 1]?.inner.push(c);
  }
  if (units(points) > LIMIT) return undefined;
  let totals: Values = new Set([0]);
  for (const part of parts) {
    const values = partValues(part.points, part.inner);
    if (values === undefined) return undefined;
    const next: Values = new Set();
    for (const t of totals) for (const v of values) if (t + v <= LIMIT) next.add(t + v);
    totals = next;
  }
  return totals;
}

/** Each score in hundredths (undefined: not a whole number of them), per Decimal: typed scores are shared instances. */
const HUNDREDTHS = new WeakMap<Decimal, number | undefined>();

export function isProducibleScore(score: Decimal, allowed: ReadonlySet<number>): boolean {
  let target: number | undefined;
  if (HUNDREDTHS.has(score)) target = HUNDREDTHS.get(score);
  else {
    const scaled = score.times(SCALE);
    target = scaled.isInteger() ? scaled.toNumber() : undefined;
    HUNDREDTHS.set(score, target);
  }
  return target !== undefined && allowed.has(target);
}

/** Each allowed set's message, made once: every unit's finding on the item quotes the same. */
const DESCRIBED = new WeakMap<ReadonlySet<number>, Map<number, string>>();

/** "6、5.5、5…" — the highest few allowed scores, for the message. */
export function describeScores(allowed: ReadonlySet<number>, count = 8): string {
  let byCount = DESCRIBED.get(allowed);
  if (byCount === undefined) {
    byCount = new Map();
    DESCRIBED.set(allowed, byCount);
  }
  let found = byCount.get(count);
  if (found === undefined) {
    found = describe(allowed, count);
    byCount.set(count, found);
  }
  return found;
}

function describe(allowed: ReadonlySet<number>, count: number): string {
  return [...allowed].sort((a, b) => b - a).slice(0, count).map((v) => new Decimal(v).div(SCALE).toFixed()).join("、") + (allowed.size > count ? "…" : "");
}
