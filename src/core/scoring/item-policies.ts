import type { Rubric, RubricItem, RubricPolicy } from "../rubric/rubric-schema";
import { finding, type Finding } from "../findings/finding";
import type { ItemResult } from "./item-result";

type NotApplicablePolicy = Extract<RubricPolicy, { kind: "not-applicable" }>;

function inScope(policy: { readonly items?: readonly string[] | undefined; readonly sections?: readonly string[] | undefined }, item: { readonly itemId?: string; readonly id?: string; readonly section: string }): boolean {
  if (policy.items === undefined && policy.sections === undefined) return true;
  const id = item.itemId ?? item.id ?? "";
  return (policy.items?.includes(id) ?? false) || (policy.sections?.includes(item.section) ?? false);
}

/** The rubric's word on an item outside a unit's duties, if it has one for this item. */
export function notApplicablePolicy(rubric: Rubric, item: ItemResult): NotApplicablePolicy | undefined {
  return rubric.policies.find((p): p is NotApplicablePolicy => p.kind === "not-applicable" && inScope(p, item));
}

/** 倒扣分制: any deduction on the item takes all of its points. */
export function isAllOrNothing(rubric: Rubric, item: RubricItem): boolean {
  return rubric.policies.some((p) => p.kind === "all-or-nothing" && inScope(p, item));
}

/**
 * Not-applicable items as the rubric says (DESIGN.md §2): 长子 60% of the
 * points; 岳阳 the average of the units that have the task (pending until
 * every unit is scored); 三河 excluded, the total converted later.
 */
export function applyNotApplicable(items: readonly ItemResult[], rubric: Rubric): ItemResult[] {
  return items.map((item) => {
    if (item.applicable) return item;
    const policy = notApplicablePolicy(rubric, item);
    if (policy?.treatment === "share-of-points" && policy.share !== undefined && item.max !== null) {
      return { ...item, score: item.max.times(policy.share) };
    }
    if (policy?.treatment === "average-of-applicable") return { ...item, pendingAverage: true };
    return item;
  });
}

/** Points of items excluded from what a unit could score (三河: 不在职责范围内的不考核). */
export function excludedPoints(items: readonly ItemResult[], rubric: Rubric): ItemResult[] {
  return items.filter((item) => !item.applicable && (notApplicablePolicy(rubric, item)?.treatment ?? "exclude-and-convert") === "exclude-and-convert");
}

/**
 * 不涉及 where the rubric has no word for it and no percentage conversion
 * follows (攀枝花's 市级/县区 tables): the item's points simply count as 0,
 * which may be what the office means or may cost the unit its rank. Kaohe
 * cannot know, so it says so on the item rather than look sure.
 */
export function notApplicableWithoutRule(items: readonly ItemResult[], rubric: Rubric, sheet: string): Finding[] {
  if (rubric.result?.kind === "percentage") return [];
  return items
    .filter((item) => !item.applicable && item.checklist !== true && item.max !== null && !item.max.isZero() && notApplicablePolicy(rubric, item) === undefined)
    .map((item) => finding("NOT_APPLICABLE_NO_RULE", sheet, item.entryCell ?? item.outputCell ?? "", { item: item.path.join(" / "), points: item.max?.toFixed() ?? "" }));
}
