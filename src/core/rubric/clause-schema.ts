import { z } from "zod/mini";
import { aggravationClause } from "../rules/kinds/aggravation/schema";
import { anyOfClause } from "../rules/kinds/any-of/schema";
import { band, bandsClause } from "../rules/kinds/bands/schema";
import { byLevelClause } from "../rules/kinds/by-level/schema";
import { checklistClause } from "../rules/kinds/checklist/schema";
import { amount, effect } from "../rules/kinds/clause-base";
import { flatClause } from "../rules/kinds/flat/schema";
import { judgementClause } from "../rules/kinds/judgement/schema";
import { levelsClause } from "../rules/kinds/levels/schema";
import { perOccurrenceClause } from "../rules/kinds/per-occurrence/schema";
import { perStepClause } from "../rules/kinds/per-step/schema";
import { presenceClause } from "../rules/kinds/presence/schema";
import { rateTriggerClause } from "../rules/kinds/rate-trigger/schema";
import { ratingScaleClause } from "../rules/kinds/rating-scale/schema";
import { ratioClause } from "../rules/kinds/ratio/schema";
import { subRequirementClause } from "../rules/kinds/sub-requirement/schema";
import { vetoClause } from "../rules/kinds/veto/schema";
import { zeroOutClause } from "../rules/kinds/zero-out/schema";

/**
 * One rule inside an item's rule text (DESIGN.md §2 Clause). Every clause
 * keeps `text`: the exact words of the rule text it stands for, so a reader
 * can check the reading against the document. Each kind's schema lives with
 * its module in src/core/rules/kinds/<kind>/.
 */
export { amount, band, effect };
export {
  aggravationClause,
  anyOfClause,
  bandsClause,
  byLevelClause,
  checklistClause,
  flatClause,
  judgementClause,
  levelsClause,
  perOccurrenceClause,
  perStepClause,
  presenceClause,
  rateTriggerClause,
  ratingScaleClause,
  ratioClause,
  subRequirementClause,
  vetoClause,
  zeroOutClause,
};

export const clause = z.discriminatedUnion("kind", [
  flatClause,
  perOccurrenceClause,
  perStepClause,
  bandsClause,
  levelsClause,
  subRequirementClause,
  ratioClause,
  byLevelClause,
  vetoClause,
  zeroOutClause,
  checklistClause,
  judgementClause,
  rateTriggerClause,
  aggravationClause,
  anyOfClause,
  presenceClause,
  ratingScaleClause,
]);

export type Clause = z.infer<typeof clause>;
export type ClauseKind = Clause["kind"];
export type Band = z.infer<typeof band>;
export const CLAUSE_KINDS: readonly ClauseKind[] = clause.def.options.flatMap((o) => o.shape.kind.def.values);
