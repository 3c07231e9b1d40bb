// Excel.RequestContext: the queue of a batch and the count of its round trips.
import type { QueueContext } from "./client-object";
import type { FakeDocument } from "./document";
import { checkRequest, checkResponse } from "./strict";
import { FakeWorkbook } from "./worksheet";

export class FakeContext implements QueueContext {
  readonly workbook: FakeWorkbook;
  /** context.sync() calls: the round trips the adapter promises to keep constant. */
  syncCount = 0;
  private queue: (() => void)[] = [];
  private payload = 0;
  private response = 0;
  /** The largest request and response of any sync so far, in JSON bytes: what the chunking tests assert. */
  largestRequest = 0;
  largestResponse = 0;
  /** Every sync's response in JSON bytes, in order: the bench states the read chunks' weights from it. */
  readonly responses: number[] = [];

  constructor(
    readonly doc: FakeDocument,
    readonly undoGroup = false,
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(op: () => void, payloadBytes = 0): void {
    this.queue.push(op);
    this.payload += payloadBytes;
  }

  respond(bytes: number): void {
    this.response += bytes;
  }

  /** Operations queued and not yet sent. */
  get pending(): number {
    return this.queue.length;
  }

  /**
   * Runs the queued operations in order, as the host does. A failing one
   * rejects the sync; those before it have happened (Excel batches are not
   * transactions), those after it have not.
   */
  async sync(): Promise<void> {
    this.syncCount++;
    if (this.doc.syncDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.doc.syncDelayMs));
    else await Promise.resolve();
    this.send();
  }

  /** Excel.run's own sync after the batch returns; not one the adapter asked for. */
  flushAfterRun(): void {
    if (this.queue.length > 0) this.send();
  }

  private send(): void {
    const ops = this.queue;
    const payload = this.payload;
    this.queue = [];
    this.payload = 0;
    const failure = this.doc.failNextSync;
    this.doc.failNextSync = undefined;
    if (failure) throw failure;
    this.largestRequest = Math.max(this.largestRequest, payload);
    checkRequest(this.doc, payload);
    this.response = 0;
    try {
      for (const op of ops) op();
    } finally {
      if (ops.length > 0) this.doc.notifyChanged();
    }
    // The host ran the batch, but its answer cannot come back: the sync fails all the same.
    this.largestResponse = Math.max(this.largestResponse, this.response);
    this.responses.push(this.response);
    checkResponse(this.doc, this.response);
  }
}
