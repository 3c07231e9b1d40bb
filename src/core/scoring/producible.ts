import Decimal from "decimal.js";
import type { Clause } from "../rubric/clause-schema";
import { moduleOf } from "../rules/kinds/registry";

/** Deductions are checked to the hundredth of a point (0.05 steps exist; finer ones do not). */
const SCALE = 100;
/** Above this many hundredths the check is skipped rather than made slow (a 100-point item is 10,000). */
const LIMIT = 20_000;

export interface DeductionSteps {
  /** Amounts that can be taken once each (未纳入综合考评的扣1分). */
  readonly once: readonly Decimal[];
  /** Amounts that can be taken any number of times (每少一项扣0.5分, 每降低10个百分点扣2分). */
  readonly repeated: readonly Decimal[];
  /** Groups of amounts of which at most one is taken (超过1个月扣1分，超过3个月扣3分: 1 or 3, never 4). */
  readonly choices?: readonly (readonly Decimal[])[];
}

/**
 * The amounts an item's deduction clauses take, or undefined when any
 * amount is possible (a judgement, a zero-out, a veto) or the item has no
 * deduction clauses to check against.
 */
export function deductionSteps(clauses: readonly Clause[], points?: Decimal | null): DeductionSteps | undefined {
  const once: Decimal[] = [];
  const repeated: Decimal[] = [];
  const choices: (readonly Decimal[])[] = [];
  for (const c of clauses) {
    const steps = moduleOf(c).deductionSteps(c, points ?? undefined);
    if (steps === "any") return undefined;
    once.push(...steps.once);
    repeated.push(...steps.repeated);
    choices.push(...(steps.choices ?? []));
  }
  if (once.length + repeated.length + choices.length === 0) return undefined;
  return choices.length === 0 ? { once, repeated } : { once, repeated, choices };
}

/**
 * Whether a deduction can be made of the clauses' amounts: some of the
 * once-only amounts plus any multiples of the repeatable ones (0.3 cannot,
 * where only 0.5 steps exist). A deduction at or above the cap is always
 * fine here: the cap handles it.
 */
export function isProducible(amount: Decimal, steps: DeductionSteps, cap: Decimal): boolean {
  if (amount.isZero() || amount.gte(cap)) return true;
  const target = amount.times(SCALE);
  if (!target.isInteger() || target.gt(LIMIT)) return !target.isInteger() ? false : true;
  const goal = target.toNumber();
  const toUnits = (d: Decimal): number | undefined => {
    const units = d.times(SCALE);
    return units.isInteger() && units.gt(0) ? units.toNumber() : undefined;
  };
  const reachable = new Uint8Array(goal + 1);
  reachable[0] = 1;
  for (const step of steps.repeated.map(toUnits)) {
    if (step === undefined) continue;
    for (let v = step; v <= goal; v++) if (reachable[v - step]) reachable[v] = 1;
  }
  for (const once of steps.once.map(toUnits)) {
    if (once === undefined) continue;
    for (let v = goal; v >= once; v--) if (reachable[v - once]) reachable[v] = 1;
  }
  for (const group of steps.choices ?? []) {
    // At most one amount of the group: each is added to what was reachable before the group.
    const before = reachable.slice();
    for (const choice of group.map(toUnits)) {
      if (choice === undefined) continue;
      for (let v = choice; v <= goal; v++) if (before[v - choice]) reachable[v] = 1;
    }
  }
  return reachable[goal] === 1;
}

/** "1、0.5×n" — what the clauses allow, for the message. */
export function describeSteps(steps: DeductionSteps): string {
  const choices = (steps.choices ?? []).map((group) => group.map((d) => d.toFixed()).join("或"));
  return [...steps.once.map((d) => d.toFixed()), ...steps.repeated.map((d) => `${d.toFixed()}×n`), ...choices].join("、");
}
