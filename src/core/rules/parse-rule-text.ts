import type { Clause } from "../rubric/clause-schema";
import { normalizeRuleText } from "./chinese-numbers";
import type { ClauseReading } from "./read-fragment";
import { readFragment } from "./read-fragment";
import type { Fragment } from "./split-fragments";
import { spanText, splitFragments } from "./split-fragments";

export interface ParsedRule {
  readonly clauses: readonly Clause[];
  /** Words no pattern could read, verbatim: the item is left to the assessor's judgement. */
  readonly unparsed: readonly string[];
  /** 扣分上限 / 最多扣 found in the text. */
  readonly deductionCap?: string;
  /** 加分上限 found in the text. */
  readonly bonusCap?: string;
}

/** Bands, ratio bands, levels and by-level points written one per fragment form one clause. */
function mergeInto(previous: Clause | undefined, next: ClauseReading): Clause | undefined {
  if (!previous || previous.kind !== next.kind) return undefined;
  if (previous.kind === "bands" && next.kind === "bands") return { ...previous, bands: [...previous.bands, ...next.bands] };
  if (previous.kind === "ratio" && next.kind === "ratio") return { ...previous, bands: [...previous.bands, ...next.bands] };
  if (previous.kind === "levels" && next.kind === "levels") return { ...previous, levels: [...previous.levels, ...next.levels] };
  if (previous.kind === "by-level" && next.kind === "by-level" && previous.effect === next.effect) {
    return { ...previous, levels: [...previous.levels, ...next.levels] };
  }
  return undefined;
}

/**
 * Turns rule text (扣分办法, 扣分标准, 评分标准, 加分标准) into clauses.
 * Words before a scoring verb are its condition and are quoted with it;
 * words no pattern reads come back in `unparsed` — never a guess.
 */
export function parseRuleText(rule: string): ParsedRule {
  const clauses: Clause[] = [];
  const unparsed: string[] = [];
  let deductionCap: string | undefined;
  let bonusCap: string | undefined;
  let pending: Fragment[] = [];
  let lastStart = -1;
  for (const fragment of splitFragments(rule)) {
    const n = normalizeRuleText(fragment.text);
    const condition = pending.map((f) => normalizeRuleText(f.text)).join(",");
    const reading = readFragment(n, condition === "" ? "" : `${condition},`);
    if (reading === undefined) {
      pending.push(fragment);
      continue;
    }
    const first = pending[0] ?? fragment;
    const text = spanText(rule, first, fragment);
    pending = [];
    if (reading.kind === "ignore") continue;
    if (reading.kind === "unknown") {
      unparsed.push(text);
      continue;
    }
    if (reading.kind === "cap") {
      const last = clauses[clauses.length - 1];
      const bonusContext = last !== undefined && "effect" in last && last.effect === "bonus";
      if (reading.bonus ?? (bonusContext ? reading.deduction : undefined)) bonusCap = reading.bonus ?? reading.deduction;
      else deductionCap = reading.deduction;
      continue;
    }
    const merged = mergeInto(clauses[clauses.length - 1], reading.clause);
    if (merged) {
      clauses[clauses.length - 1] = { ...merged, text: rule.slice(lastStart, fragment.end) } as Clause;
      continue;
    }
    clauses.push({ ...reading.clause, text } as Clause);
    lastStart = first.start;
  }
  if (pending.length > 0) {
    const first = pending[0];
    const last = pending[pending.length - 1];
    if (first && last) unparsed.push(spanText(rule, first, last));
  }
  return {
    clauses,
    unparsed,
    ...(deductionCap === undefined ? {} : { deductionCap }),
    ...(bonusCap === undefined ? {} : { bonusCap }),
  };
}
