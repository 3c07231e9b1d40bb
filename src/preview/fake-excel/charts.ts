// Worksheet.charts (ExcelApi 1.1, a few members 1.7): what Kaohe does to
// the 汇总 sheet's bar charts — add, title, series, position, delete.
import type { LoadSpec, QueueContext } from "./client-object";
import { ClientObject, requireApi } from "./client-object";
import type { FakeChartData, FakeSheet } from "./document";
import { FakeOfficeError } from "./errors";
import type { FakeRange } from "./range";

interface ChartTarget {
  readonly sheet: FakeSheet;
  readonly chart: FakeChartData;
}

type ChartResolver = () => ChartTarget | null;

const CHART_TYPES = ["BarClustered", "ColumnClustered", "Pie", "Line"];
const SERIES_BY = ["Auto", "Columns", "Rows"];

/** Queues a change to a chart that must still be on its sheet when the sync runs. */
function queueChartChange(context: QueueContext, chart: ChartResolver, what: string, apply: (chart: FakeChartData) => void): void {
  context.enqueue(() => {
    const t = chart();
    if (!t) throw new FakeOfficeError("InvalidObjectPath", `${what} on a null chart`);
    if (!t.sheet.charts.includes(t.chart)) throw new FakeOfficeError("ItemNotFound", `${what}: the chart was deleted`);
    t.sheet.failIfProtected(what);
    apply(t.chart);
    context.doc.writes.push({ sync: context.syncCount, kind: "chart", sheet: t.sheet.name });
  });
}

/** Each sub-object of a chart only queues changes to the chart it hangs off. */
class ChartPart {
  constructor(
    protected readonly context: QueueContext,
    protected readonly chart: ChartResolver,
  ) {}

  protected change(what: string, apply: (chart: FakeChartData) => void): void {
    queueChartChange(this.context, this.chart, what, apply);
  }
}

class FakeChartTitle extends ChartPart {
  set text(value: string) {
    this.change("title.text", (c) => (c.title = value));
  }
}

class FakeChartLegend extends ChartPart {
  set visible(value: boolean) {
    this.change("legend.visible", (c) => (c.legendVisible = value));
  }
}

class FakeChartDataLabels extends ChartPart {
  set showValue(value: boolean) {
    this.change("dataLabels.showValue", (c) => (c.showValue = value));
  }
}

class FakeChartAxis extends ChartPart {
  set reversePlotOrder(value: boolean) {
    requireApi(this.context.doc, 7, "ChartAxis.reversePlotOrder");
    this.change("categoryAxis.reversePlotOrder", (c) => (c.reversePlotOrder = value));
  }
}

class FakeChartSeries extends ChartPart {
  set name(value: string) {
    this.change("series.name", (c) => (c.seriesName = value));
  }

  setXAxisValues(range: FakeRange): void {
    requireApi(this.context.doc, 7, "ChartSeries.setXAxisValues");
    this.change("setXAxisValues", (c) => {
      const t = range.resolvedTarget();
      if (!t) throw new FakeOfficeError("InvalidArgument", "setXAxisValues: a null range");
      c.xValues = t.box;
    });
  }
}

class FakeChartSeriesCollection extends ChartPart {
  getItemAt(index: number): FakeChartSeries {
    if (index !== 0) throw new FakeOfficeError("InvalidArgument", "the fake's charts have one series");
    return new FakeChartSeries(this.context, this.chart);
  }
}

export class FakeChart extends ClientObject<ChartTarget> {
  protected readonly loadable = ["name"] as const;
  readonly title: FakeChartTitle;
  readonly legend: FakeChartLegend;
  readonly dataLabels: FakeChartDataLabels;
  readonly series: FakeChartSeriesCollection;
  readonly axes: { readonly categoryAxis: FakeChartAxis };

  constructor(context: QueueContext, resolver: ChartResolver) {
    super(context, "Chart", resolver);
    const chart = () => this.target();
    this.title = new FakeChartTitle(context, chart);
    this.legend = new FakeChartLegend(context, chart);
    this.dataLabels = new FakeChartDataLabels(context, chart);
    this.series = new FakeChartSeriesCollection(context, chart);
    this.axes = { categoryAxis: new FakeChartAxis(context, chart) };
  }

  protected readProperty(t: ChartTarget): unknown {
    return t.chart.name;
  }

  get name(): string {
    return this.property("name");
  }
  set name(value: string) {
    queueChartChange(this.context, () => this.target(), "name", (c) => (c.name = value));
  }

  setPosition(startCell: string, endCell: string): void {
    queueChartChange(this.context, () => this.target(), "setPosition", (c) => (c.position = { from: startCell, to: endCell }));
  }

  delete(): void {
    this.context.enqueue(() => {
      const t = this.requireTarget("delete");
      t.sheet.failIfProtected("deleting a chart");
      if (!t.sheet.charts.includes(t.chart)) throw new FakeOfficeError("ItemNotFound", "the chart was deleted already");
      t.sheet.charts = t.sheet.charts.filter((c) => c !== t.chart);
      this.context.doc.writes.push({ sync: this.context.syncCount, kind: "chart", sheet: t.sheet.name });
    });
  }
}

export class FakeChartCollection extends ClientObject<FakeSheet> {
  protected readonly loadable = ["items"] as const;

  constructor(context: QueueContext, resolver: () => FakeSheet | null) {
    super(context, "ChartCollection", resolver);
  }

  protected readProperty(sheet: FakeSheet): unknown {
    return sheet.charts.map((chart) => {
      const item = new FakeChart(this.context, () => ({ sheet, chart }));
      item.preload({ name: chart.name });
      return item;
    });
  }

  /** "items/name": the items arrive with their names. */
  override load(spec?: LoadSpec): this {
    for (const name of this.loadNames(spec)) {
      const prop = name.split("/")[1];
      if (prop !== undefined && prop !== "name") throw new FakeOfficeError("InvalidArgument", `Chart has no loadable property "${prop}"`);
    }
    return super.load("items");
  }

  get items(): FakeChart[] {
    return this.property("items");
  }

  add(type: string, sourceData: FakeRange, seriesBy = "Auto"): FakeChart {
    let added: ChartTarget | undefined;
    this.context.enqueue(() => {
      const sheet = this.requireTarget("add");
      if (!CHART_TYPES.includes(type) || !SERIES_BY.includes(seriesBy)) throw new FakeOfficeError("InvalidArgument", `charts.add(${type}, …, ${seriesBy})`);
      const source = sourceData.resolvedTarget();
      if (!source) throw new FakeOfficeError("InvalidArgument", "charts.add: a null source range");
      sheet.failIfProtected("adding a chart");
      const chart: FakeChartData = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        source: source.box,
        seriesBy,
        title: "",
        legendVisible: true,
        showValue: false,
        seriesName: "",
        xValues: null,
        reversePlotOrder: false,
        position: null,
      };
      sheet.charts.push(chart);
      added = { sheet, chart };
      this.context.doc.writes.push({ sync: this.context.syncCount, kind: "chart", sheet: sheet.name });
    });
    return new FakeChart(this.context, () => {
      if (!added) throw new FakeOfficeError("InvalidObjectPath", "chart used before its add() ran");
      return added;
    });
  }
}
