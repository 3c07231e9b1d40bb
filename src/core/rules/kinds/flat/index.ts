import Decimal from "decimal.js";
import { inert, ZERO } from "../defaults";
import type { KindModule } from "../kind-module";
import { readAction } from "./read-action";
import { readBareAmount } from "./read-bare-amount";

/** 未纳入综合考评的扣1分: one amount, taken (or earned, or added) once. */
export const flatKind: KindModule<"flat"> = {
  ...inert("flat"),
  // Late in the order: every more specific pattern that also holds 扣N分 reads first.
  readers: [
    { name: "action", order: 900, read: readAction },
    { name: "bare-amount", order: 905, read: readBareAmount },
  ],
  maxDeduction: (c) => (c.effect === "deduct" ? new Decimal(c.points) : ZERO),
  maxAward: (c) => (c.effect === "award" ? new Decimal(c.points) : ZERO),
  maxBonus: (c) => (c.effect === "bonus" ? new Decimal(c.points) : ZERO),
  deductionSteps: (c) => ({ once: c.effect === "deduct" ? [new Decimal(c.points)] : [], repeated: [] }),
  formFields: (c, index, label) => [{ kind: "check", clause: index, label, points: c.points, effect: c.effect }],
};
