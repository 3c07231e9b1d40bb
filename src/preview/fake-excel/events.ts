// Excel's events as far as the pane uses them: Workbook.onSelectionChanged
// (ExcelApi 1.2). add() registers at the next sync and returns a result
// whose remove() unregisters at the sync after it; the host calls handlers
// later, on their own, never inside the batch that changed the selection.
import type { QueueContext } from "./client-object";
import { requireApi } from "./client-object";

export interface SelectionChangedArgs {
  readonly type: "WorkbookSelectionChanged";
}

export type SelectionHandler = (args: SelectionChangedArgs) => Promise<unknown> | void;

export class FakeEventHandlerResult {
  constructor(
    private readonly context: QueueContext,
    private readonly handler: SelectionHandler,
  ) {}

  remove(): void {
    this.context.enqueue(() => void this.context.doc.selectionHandlers.delete(this.handler));
  }
}

export class FakeSelectionEvent {
  constructor(private readonly context: QueueContext) {
    requireApi(context.doc, 2, "Workbook.onSelectionChanged");
  }

  add(handler: SelectionHandler): FakeEventHandlerResult {
    this.context.enqueue(() => void this.context.doc.selectionHandlers.add(handler));
    return new FakeEventHandlerResult(this.context, handler);
  }
}
