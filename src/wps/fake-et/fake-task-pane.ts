// The fake ET's task panes (wps.CreateTaskPane / GetTaskPane): each pane
// made is kept with its page's address and whether it is shown, and a
// preview (src/preview) can be told when one is shown or hidden to draw
// the page it would hold.
import type { EtTaskPane } from "../et-model";

/** One pane as the test or the preview sees it. */
export interface FakeTaskPaneRecord {
  readonly id: number;
  readonly url: string;
  readonly title: string | undefined;
  visible: boolean;
}

export class FakeTaskPanes {
  readonly made: FakeTaskPaneRecord[] = [];
  /** Called when a pane is shown or hidden (the preview mounts or hides the pane's page). */
  onVisible: ((pane: FakeTaskPaneRecord) => void) | undefined;

  create(url: string, title?: string): EtTaskPane {
    // WPS gives IDs of its own; any distinct numbers do here.
    const record: FakeTaskPaneRecord = { id: 1000 + this.made.length, url, title, visible: false };
    this.made.push(record);
    return this.pane(record);
  }

  find(id: number): EtTaskPane | null {
    const record = this.made.find((p) => p.id === id);
    return record ? this.pane(record) : null;
  }

  private pane(record: FakeTaskPaneRecord): EtTaskPane {
    const onVisible = (): void => this.onVisible?.(record);
    return {
      get ID() {
        return record.id;
      },
      get Visible() {
        return record.visible;
      },
      set Visible(visible: boolean) {
        record.visible = visible;
        onVisible();
      },
    };
  }
}
