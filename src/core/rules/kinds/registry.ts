import type { Clause, ClauseKind } from "../../rubric/clause-schema";
import type { ClauseReading } from "../fragment-reading";
import { readCap } from "../readings/read-cap";
import { OTHER_READERS } from "../readings/other-readings";
import { aggravationKind } from "./aggravation";
import { anyOfKind } from "./any-of";
import { bandsKind } from "./bands";
import { byLevelKind } from "./by-level";
import { checklistKind } from "./checklist";
import { flatKind } from "./flat";
import { judgementKind } from "./judgement";
import type { FragmentReader, KindModule } from "./kind-module";
import { levelsKind } from "./levels";
import { perOccurrenceKind } from "./per-occurrence";
import { perStepKind } from "./per-step";
import { presenceKind } from "./presence";
import { rateTriggerKind } from "./rate-trigger";
import { ratingScaleKind } from "./rating-scale";
import { ratioKind } from "./ratio";
import { subRequirementKind } from "./sub-requirement";
import { vetoKind } from "./veto";
import { zeroOutKind } from "./zero-out";

/** Every clause kind's module; the compiler insists on one per kind of clause-schema.ts. */
export const KINDS: { readonly [K in ClauseKind]: KindModule<K> } = {
  flat: flatKind,
  "per-occurrence": perOccurrenceKind,
  "per-step": perStepKind,
  bands: bandsKind,
  levels: levelsKind,
  "sub-requirement": subRequirementKind,
  ratio: ratioKind,
  "by-level": byLevelKind,
  veto: vetoKind,
  "zero-out": zeroOutKind,
  checklist: checklistKind,
  judgement: judgementKind,
  "rate-trigger": rateTriggerKind,
  aggravation: aggravationKind,
  "any-of": anyOfKind,
  presence: presenceKind,
  "rating-scale": ratingScaleKind,
};

type AnyKindModule = KindModule<ClauseKind>;
/** The modules as one list; each is only ever handed clauses of its own kind (moduleOf). */
const MODULES = Object.values(KINDS) as unknown as readonly AnyKindModule[];

/** The module of one clause. */
export function moduleOf(clause: Clause): AnyKindModule {
  return KINDS[clause.kind] as unknown as AnyKindModule;
}

/** Every text pattern, in the order the parser tries them on a fragment. */
export const READERS: readonly FragmentReader[] = [
  ...OTHER_READERS,
  { name: "cap", order: 200, read: readCap },
  ...MODULES.flatMap((k) => k.readers),
].sort((a, b) => a.order - b.order);

/** The clauses once every kind has settled them (parse-rule-text.ts, at the end of a rule). */
export function settleClauses(clauses: readonly Clause[], rule: string): Clause[] {
  return MODULES.reduce((acc: Clause[], k) => (k.settle ? k.settle(acc, rule) : acc), [...clauses]);
}

/** The clause two readings make together, when some kind says they are one. */
export function mergeReadings(previous: Clause, next: ClauseReading, words: string): ClauseReading | undefined {
  for (const k of MODULES) {
    const merged = k.merge?.(previous, next, words);
    if (merged) return merged;
  }
  return undefined;
}
