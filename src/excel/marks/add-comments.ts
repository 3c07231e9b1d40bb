import type { NoteWrite } from "../../host/port";
import { cellKey } from "../../host/port";
import { probeComments } from "./observe-comments";

/**
 * Rounds of "find the refused comment, skip it, add the rest" before the
 * remaining comments are given up (and counted as not added): each round is
 * three syncs, and a workbook with more than a few hidden notes on flagged
 * cells is rare.
 */
const RECOVERY_ROUNDS = 3;

function queueAdds(context: Excel.RequestContext, adds: readonly NoteWrite[]): void {
  const sheets = context.workbook.worksheets;
  for (const op of adds) context.workbook.comments.add(sheets.getItem(op.sheet).getRange(op.cell), op.text);
}

/** The cells holding a threaded comment now, with its text: listed in one sync, located in the next. */
async function commentsNow(context: Excel.RequestContext): Promise<Map<string, string>> {
  const probe = probeComments(context);
  await context.sync();
  probe.locate();
  await context.sync();
  return probe.contents();
}

/**
 * Adds Kaohe's comments on a host that marks with comments (ExcelApi
 * 1.10–1.17, no notes API), in a sync after the action's writes. Such a host
 * cannot see a cell's classic note, and a cell holds a note or a threaded
 * comment, never both: adding a comment where the user keeps a note is
 * refused, and the batch stops there. The scores, fills and record are
 * written already (their own sync); the comments that went in before the
 * refused one stay, the refused cell keeps its note untouched (shaded only),
 * and the rest are added again. Returns how many comments were not added.
 * Nothing is deleted: the user's note is never touched.
 */
export async function addComments(context: Excel.RequestContext, adds: readonly NoteWrite[]): Promise<number> {
  if (adds.length === 0) return 0;
  queueAdds(context, adds);
  try {
    await context.sync();
    return 0;
  } catch {
    // Recovered below: the comments now in the workbook say which add was refused.
  }
  let pending = adds;
  let refused = 0;
  for (let round = 0; ; round++) {
    const present = await commentsNow(context);
    const missing = pending.filter((op) => present.get(cellKey(op)) !== op.text);
    if (missing.length === 0 || round === RECOVERY_ROUNDS) return refused + missing.length;
    // In order: every add before the first missing one went in; that one was refused.
    refused++;
    const rest = missing.slice(1);
    if (rest.length === 0) return refused;
    queueAdds(context, rest);
    try {
      await context.sync();
      return refused;
    } catch {
      pending = rest;
    }
  }
}
