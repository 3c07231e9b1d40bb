import Decimal from "decimal.js";
import { cappedOrOpen, inert, ZERO } from "../defaults";
import type { Clause } from "../../../rubric/clause-schema";
import type { ClauseOf, KindModule, ReadContext } from "../kind-module";
import type { FragmentReading } from "../../fragment-reading";
import { clauseReading } from "../../fragment-reading";
import { NUM } from "../../patterns";
import { spanOf } from "../span-of";

const BELOW = "降低|下降|少|低于|减少|差|低";
const ABOVE = "超出|超过|高于|提高|增加|多|超";
/** 每降低10个百分点扣2分; 每低于目标5个百分点扣0.5分; 每超出目标10%加0.5分. */
const STEP = new RegExp(`每(${BELOW}|${ABOVE})?(?:目标(?:值)?|标准|${NUM}%)?${NUM}(?:个?百分点|%)[^扣加得]*(扣除|扣|加|得)${NUM}分`);
/** The edge a step counts from, said just before it: "超过30%以上,每超过20%…", "低于90%的,每…". */
const EDGE_BEFORE = /(?:目标(?:值)?(?:为|是)?|达到|超过|高于|低于|不低于|不足)(\d+(?:\.\d+)?)%(?:以上|以下)?(?:的)?[,，]?(?:在此基础上)?[,，]?$/;

/** "少一个百分点扣1分" opening its fragment: a step, though 每 is not written (a percentage point is never a thing counted). */
const STEP_UNSAID = new RegExp(`^(${BELOW})((?!))?(\\d+(?:\\.\\d+)?)个?百分点[^扣加得]*(扣除|扣|加|得)${NUM}分`);

/** The rate that earns the full points, said just before the step. */
const FULL_AT = /(?:达到|达|为|是|在)?(\d+(?:\.\d+)?)%(?:\(含\))?(?:及以上|以上)?(?:的)?[,，]?(?:得满分|为满分|计满分|满分)[,，]?$/;

function readStep({ n, condition }: ReadContext): FragmentReading | undefined {
  // "每降低10个百分点的，扣2分": the step is often in the condition, the action after the comma.
  const text = condition + n;
  const m = STEP.exec(text) ?? STEP_UNSAID.exec(n);
  if (!m?.[3] || !m[4] || !m[5]) return undefined;
  // A shortfall counted as a percentage of something other than points ("每低于1%扣分值的10%") is not a step of points.
  if (/分(?:值)?的\d/.test(text.slice(m.index + m[0].length))) return { kind: "unknown" };
  const direction = m[1] !== undefined && new RegExp(`^(?:${ABOVE})$`).test(m[1]) ? "above" : "below";
  const effect = m[4] === "加" ? "bonus" : m[4] === "得" ? "award" : "deduct";
  // "目标值为95%，每低于目标5个百分点…": a target stated before the step.
  const before = text.slice(0, m.index);
  // "结案率达到90%,低于此每10个百分点扣1分": 此 is the rate named before.
  const named = /(?:低于|未达到|不足)此$/.test(before) ? /(?:达到|不低于)(\d+(?:\.\d+)?)%/.exec(before)?.[1] : undefined;
  // "抽查合格率达100%得满分,每降低1个百分点扣0.5分": the rate that earns the full points is the target.
  const full = FULL_AT.exec(before)?.[1];
  const target = m[2] ?? named ?? full ?? EDGE_BEFORE.exec(before)?.[1] ?? /目标(?:值)?(?:为|是)?(\d+(?:\.\d+)?)%/.exec(text.slice(0, m.index))?.[1];
  return clauseReading({
    kind: "per-step",
    effect,
    step: m[3],
    points: m[5],
    ...(target === undefined ? {} : { target }),
    // With a target the direction is said; without one a shortfall is the default.
    ...(direction === "above" || target !== undefined ? { direction } : {}),
  });
}

type PerStep = ClauseOf<"per-step">;

/** An award for reaching a rate: "面商率100%,记5分", "办结率达到100%的得3分". */
const AMOUNT_END = String.raw`(?:记|得|计)\s*\d+(?:\.\d+)?\s*分$`;
const AWARD_AT = new RegExp(String.raw`(\d+(?:\.\d+)?)\s*[%％](?:\(含\)|（含）)?(?:及以上|以上)?(?:的)?[,，]?\s*` + AMOUNT_END);

/**
 * The edge a step counts from when the clause before it names it:
 * "达到90%以上的得25分,每下降一个百分点扣1分" (the band is the full points at
 * the target: one step clause); "比例达到10%的加1分,在此基础上每提高10%加1分".
 */
function settle(clauses: readonly Clause[], rule: string): Clause[] {
  const out: Clause[] = [];
  for (const c of clauses) {
    const previous = out[out.length - 1];
    if (c.kind !== "per-step" || c.target !== undefined || previous === undefined) {
      out.push(c);
      continue;
    }
    // "面商率100%,记5分,少一个百分点扣1分": the rate that earns the award is the target.
    const earned = previous.kind === "flat" && previous.effect === "award" && c.effect === "deduct" ? AWARD_AT.exec(previous.text)?.[1] : undefined;
    if (earned !== undefined) {
      out.push({ ...c, target: earned, direction: "below" });
      continue;
    }
    const band = previous.kind === "bands" && previous.bands.length === 1 ? previous.bands[0] : undefined;
    if (band?.from !== undefined && band.to === undefined && c.effect === "deduct") {
      out[out.length - 1] = { ...c, target: band.from, direction: "below", text: spanOf(rule, previous.text, c.text) } satisfies PerStep;
      continue;
    }
    const trigger = previous.kind === "rate-trigger" && previous.thresholds.length === 1 ? previous.thresholds[0] : undefined;
    if (trigger && /在此基础上/.test(c.text) && trigger.direction === (c.direction ?? "below")) {
      out.push({ ...c, target: trigger.edge, direction: trigger.direction });
      continue;
    }
    out.push(c);
  }
  return out;
}

/** 每降低10个百分点扣2分 / 每超出目标10%加0.5分: points per step of a rate away from its target. */
export const perStepKind: KindModule<"per-step"> = {
  ...inert("per-step"),
  readers: [{ name: "per-step", order: 400, read: readStep }],
  settle,
  maxDeduction: (c) => (c.effect === "deduct" ? cappedOrOpen(c.cap) : ZERO),
  maxBonus: (c) => (c.effect === "bonus" ? cappedOrOpen(c.cap) : ZERO),
  deductionSteps: (c) => ({ once: [], repeated: c.effect === "deduct" ? [new Decimal(c.points)] : [] }),
  formFields: (c, index, label) => [{ kind: "count", clause: index, label, points: c.points, effect: c.effect, ...(c.cap === undefined ? {} : { max: c.cap }) }],
};
