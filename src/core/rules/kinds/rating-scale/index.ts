import Decimal from "decimal.js";
import { inert, NO_STEPS, ZERO } from "../defaults";
import type { ClauseOf, KindModule } from "../kind-module";

type RatingScale = ClauseOf<"rating-scale">;
type Option = RatingScale["options"][number];

const pointsOf = (o: Option): Decimal | undefined => ("points" in o ? new Decimal(o.points) : undefined);
const listed = (c: RatingScale): Decimal[] => c.options.flatMap((o) => pointsOf(o) ?? []);
const hasFull = (c: RatingScale): boolean => c.options.some((o) => "full" in o);
const most = (c: RatingScale): Decimal => Decimal.max(ZERO, ...listed(c));

/**
 * 优秀得10分，良好得8分…: one of the listed tiers applies. Read by the tier
 * reader (read-tiers.ts) from a whole sentence, never fragment by fragment:
 * a tier alone looks like a flat amount. `full` is the item's points: earned
 * (得满分) in an award scale, taken (不得分) in a deduction scale.
 */
export const ratingScaleKind: KindModule<"rating-scale"> = {
  ...inert("rating-scale"),
  maxDeduction: (c) => (c.effect !== "deduct" ? ZERO : hasFull(c) ? "unbounded" : most(c)),
  maxAward: (c) => (c.effect === "award" ? most(c) : ZERO),
  maxBonus: (c) => (c.effect === "bonus" ? most(c) : ZERO),
  // 得满分 is one of the tiers: the item's whole range is reachable.
  spansRange: (c) => c.effect === "award" && hasFull(c),
  deductionSteps: (c, points) => {
    if (c.effect === "bonus") return NO_STEPS;
    if (hasFull(c) && points === undefined) return "any";
    // An award tier takes what it does not earn: the item's points less the tier's.
    const taken = (o: Option): Decimal => {
      const tier = pointsOf(o) ?? points ?? ZERO;
      return c.effect === "deduct" ? tier : Decimal.max(ZERO, (points ?? ZERO).minus(tier));
    };
    if (c.effect === "award" && points === undefined) return "any";
    return { once: [], repeated: [], choices: [c.options.map(taken)] };
  },
  formFields: (c, index, label) =>
    // The item's points, which the form does not know here: the assessor types the amount, the scorer checks it.
    hasFull(c)
      ? [{ kind: "judgement", clause: index, label, effect: c.effect }]
      : [
          {
            kind: "level",
            clause: index,
            label,
            // A deduction or bonus tier may not be met at all: nothing is taken or added then.
            options: [...(c.effect === "award" ? [] : [{ label: "未触及", points: "0" }]), ...c.options.map((o) => ({ label: o.when, points: "points" in o ? o.points : "0" }))],
            effect: c.effect,
          },
        ],
};
