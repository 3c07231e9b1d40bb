/**
 * A write that passes Excel on the web's 5 MB per request — the scores and
 * Kaohe's ledger of some 2,000 unit sheets — is sent in several syncs, each
 * under WRITE_BUDGET_BYTES of the values it carries: like the read's chunks,
 * one more round trip per 4 MB, and none below it (every workbook up to
 * about 1,500 unit sheets writes in one).
 */
export const WRITE_BUDGET_BYTES = 4 * 1024 * 1024;

/** One range write, queued when its turn comes, with the JSON bytes (UTF-8) of what it sends. */
export interface WritePiece {
  readonly bytes: number;
  queue(): void;
}

/**
 * Queues the pieces in order, sending what is queued before a piece that
 * would take the batch past the budget. The last batch is left queued for
 * the caller's own sync (with the marks and the 汇总 sheet). Returns the
 * syncs it made.
 */
export async function queueWithinBudget(context: Excel.RequestContext, pieces: readonly WritePiece[], budget = WRITE_BUDGET_BYTES): Promise<number> {
  let spent = 0;
  let syncs = 0;
  for (const piece of pieces) {
    if (spent > 0 && spent + piece.bytes > budget) {
      await context.sync();
      syncs++;
      spent = 0;
    }
    piece.queue();
    spent += piece.bytes;
  }
  return syncs;
}
