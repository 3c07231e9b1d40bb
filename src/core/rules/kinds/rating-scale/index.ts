import Decimal from "decimal.js";
import { inert, ZERO } from "../defaults";
import type { ClauseOf, KindModule } from "../kind-module";

type RatingScale = ClauseOf<"rating-scale">;
type Option = RatingScale["options"][number];

const pointsOf = (o: Option): Decimal | undefined => ("points" in o ? new Decimal(o.points) : undefined);
const listed = (c: RatingScale): Decimal[] => c.options.flatMap((o) => pointsOf(o) ?? []);
const hasFull = (c: RatingScale): boolean => c.options.some((o) => "full" in o);

/**
 * 优秀得10分，良好得8分…: one of the listed tiers applies. Read by the tier
 * reader (read-tiers.ts) from a whole sentence, never fragment by fragment:
 * a tier alone looks like a flat amount.
 */
export const ratingScaleKind: KindModule<"rating-scale"> = {
  ...inert("rating-scale"),
  maxDeduction: (c) => (c.effect === "deduct" ? Decimal.max(ZERO, ...listed(c)) : ZERO),
  maxAward: (c) => (c.effect === "award" ? Decimal.max(ZERO, ...listed(c)) : ZERO),
  // 得满分 is one of the tiers: the item's whole range is reachable.
  spansRange: (c) => c.effect === "award" && hasFull(c),
  deductionSteps: (c, points) => {
    if (c.effect === "deduct") return { once: [], repeated: [], choices: [listed(c)] };
    if (points === undefined) return "any";
    // An award tier takes what it does not earn: the item's points less the tier's.
    const taken = c.options.map((o) => Decimal.max(ZERO, points.minus(pointsOf(o) ?? points)));
    return { once: [], repeated: [], choices: [taken] };
  },
  formFields: (c, index, label) =>
    // 得满分 is the item's points, which the form does not know here: the assessor types the score, the scorer checks it.
    hasFull(c)
      ? [{ kind: "judgement", clause: index, label, effect: c.effect }]
      : [
          {
            kind: "level",
            clause: index,
            label,
            // A deduction tier may not be met at all: nothing is taken then.
            options: [...(c.effect === "deduct" ? [{ label: "未触及", points: "0" }] : []), ...c.options.map((o) => ({ label: o.when, points: "points" in o ? o.points : "0" }))],
            effect: c.effect,
          },
        ],
};
