import Decimal from "decimal.js";
import { cappedOrOpen, inert, ZERO } from "../defaults";
import type { KindModule, ReadContext } from "../kind-module";
import type { FragmentReading } from "../../fragment-reading";
import { clauseReading } from "../../fragment-reading";
import { NUM } from "../../patterns";

const BELOW = "降低|下降|少|低于|减少|差|低";
const ABOVE = "超出|超过|高于|提高|增加|多|超";
/** 每降低10个百分点扣2分; 每低于目标5个百分点扣0.5分; 每超出目标10%加0.5分. */
const STEP = new RegExp(`每(${BELOW}|${ABOVE})(?:目标(?:值)?|标准|${NUM}%)?${NUM}(?:个?百分点|%)[^扣加得]*(扣除|扣|加|得)${NUM}分`);

function readStep({ n, condition }: ReadContext): FragmentReading | undefined {
  // "每降低10个百分点的，扣2分": the step is often in the condition, the action after the comma.
  const text = condition + n;
  const m = STEP.exec(text);
  if (!m?.[1] || !m[3] || !m[4] || !m[5]) return undefined;
  // A shortfall counted as a percentage of something other than points ("每低于1%扣分值的10%") is not a step of points.
  if (/分(?:值)?的\d/.test(text.slice(m.index + m[0].length))) return { kind: "unknown" };
  const direction = new RegExp(`^(?:${ABOVE})$`).test(m[1]) ? "above" : "below";
  const effect = m[4] === "加" ? "bonus" : m[4] === "得" ? "award" : "deduct";
  // "目标值为95%，每低于目标5个百分点…": a target stated before the step.
  const target = m[2] ?? /目标(?:值)?(?:为|是)?(\d+(?:\.\d+)?)%/.exec(text.slice(0, m.index))?.[1];
  return clauseReading({
    kind: "per-step",
    effect,
    step: m[3],
    points: m[5],
    ...(target === undefined ? {} : { target }),
    ...(direction === "above" ? { direction } : {}),
  });
}

/** 每降低10个百分点扣2分 / 每超出目标10%加0.5分: points per step of a rate away from its target. */
export const perStepKind: KindModule<"per-step"> = {
  ...inert("per-step"),
  readers: [{ name: "per-step", order: 400, read: readStep }],
  maxDeduction: (c) => (c.effect === "deduct" ? cappedOrOpen(c.cap) : ZERO),
  maxBonus: (c) => (c.effect === "bonus" ? cappedOrOpen(c.cap) : ZERO),
  deductionSteps: (c) => ({ once: [], repeated: c.effect === "deduct" ? [new Decimal(c.points)] : [] }),
  formFields: (c, index, label) => [{ kind: "count", clause: index, label, points: c.points, effect: c.effect, ...(c.cap === undefined ? {} : { max: c.cap }) }],
};
