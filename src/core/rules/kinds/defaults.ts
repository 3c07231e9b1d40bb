import Decimal from "decimal.js";
import type { ClauseKind } from "../../rubric/clause-schema";
import type { KindModule } from "./kind-module";

export const ZERO = new Decimal(0);
export const NO_STEPS = { once: [], repeated: [] } as const;

/** A kind that neither takes, earns nor adds anything by itself; each module overrides what it does. */
export function inert<K extends ClauseKind>(kind: K): KindModule<K> {
  return {
    kind,
    readers: [],
    maxDeduction: () => ZERO,
    maxAward: () => ZERO,
    maxBonus: () => ZERO,
    spansRange: () => false,
    deductionSteps: () => NO_STEPS,
    formFields: () => [],
  };
}

/** The cap when there is one, else unbounded. */
export function cappedOrOpen(cap: string | undefined): Decimal | "unbounded" {
  return cap === undefined ? "unbounded" : new Decimal(cap);
}
