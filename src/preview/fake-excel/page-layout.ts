// Worksheet.pageLayout (ExcelApi 1.9): what Kaohe sets for printing 汇总.
import type { QueueContext } from "./client-object";
import { ClientObject } from "./client-object";
import type { FakeSheet } from "./document";
import { sheetAddress } from "./document";
import { FakeOfficeError } from "./errors";
import type { FakeRange } from "./range";

const ORIENTATIONS = ["Portrait", "Landscape"];

export class FakePageLayout extends ClientObject<FakeSheet> {
  protected readonly loadable = ["orientation", "paperSize", "zoom", "centerHorizontally"] as const;

  constructor(context: QueueContext, resolver: () => FakeSheet | null) {
    super(context, "PageLayout", resolver);
  }

  protected readProperty(sheet: FakeSheet, name: string): unknown {
    return sheet.pageLayout[name];
  }

  private put(name: string, value: unknown, check?: () => void): void {
    this.context.enqueue(() => {
      const sheet = this.requireTarget(name);
      check?.();
      sheet.pageLayout[name] = value;
      this.context.doc.writes.push({ sync: this.context.syncCount, kind: "pageLayout", sheet: sheet.name });
    });
  }

  set orientation(value: string) {
    this.put("orientation", value, () => {
      if (!ORIENTATIONS.includes(value)) throw new FakeOfficeError("InvalidArgument", `orientation "${value}"`);
    });
  }
  set paperSize(value: string) {
    this.put("paperSize", value);
  }
  set zoom(value: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.put("zoom", { ...value }, () => {
      if (value.scale !== undefined && (value.horizontalFitToPages !== undefined || value.verticalFitToPages !== undefined)) {
        throw new FakeOfficeError("InvalidArgument", "zoom: scale and fit-to-pages together");
      }
      // PageLayoutZoomOptions documents a number of pages; what 0 does is undocumented, so the fake refuses it.
      for (const pages of [value.horizontalFitToPages, value.verticalFitToPages]) {
        if (pages !== undefined && !(Number.isInteger(pages) && pages > 0)) throw new FakeOfficeError("InvalidArgument", `zoom: ${pages} pages`);
      }
    });
  }
  set centerHorizontally(value: boolean) {
    this.put("centerHorizontally", value);
  }

  setPrintArea(area: FakeRange): void {
    this.context.enqueue(() => {
      const sheet = this.requireTarget("setPrintArea");
      const t = area.resolvedTarget();
      if (!t || t.sheet !== sheet) throw new FakeOfficeError("InvalidArgument", "setPrintArea: a range of another sheet");
      sheet.pageLayout.printArea = sheetAddress(sheet.name, t.box);
      this.context.doc.writes.push({ sync: this.context.syncCount, kind: "pageLayout", sheet: sheet.name });
    });
  }
}
