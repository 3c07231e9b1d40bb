import { inert } from "../defaults";
import type { KindModule } from "../kind-module";
import { clauseReading } from "../../fragment-reading";

/** 是否…？: answered 是/否 in 实施情况; counts towards a completion rate. */
export const checklistKind: KindModule<"checklist"> = {
  ...inert("checklist"),
  readers: [{ name: "checklist", order: 970, read: ({ n }) => (/^是否|[?？]$/.test(n) ? clauseReading({ kind: "checklist" }) : undefined) }],
  spansRange: () => true,
};
