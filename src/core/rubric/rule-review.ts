import type { RubricItem } from "./rubric-schema";

/**
 * Marks an item whose rule text has words the parser could not read: they
 * are kept verbatim for review, and the item is scored from the assessor's
 * entry (never from a partial reading) until a person reads them.
 */
export function markUnread(item: RubricItem, unread: readonly string[]): RubricItem {
  if (unread.length === 0) return item;
  return { ...item, parseNote: `未能识别：${unread.join("；")}`, review: [...unread] };
}

/** An item a person has yet to read: what it says cannot be trusted beyond the assessor's entry. */
export function needsReview(item: RubricItem): boolean {
  return (item.review?.length ?? 0) > 0;
}
