/** What the preview's address can set: ?file=…&lang=en-US&api=13&delay=400. */
export interface PreviewOptions {
  /** A workbook in out/example/ (served as /example/). */
  readonly file: string;
  /** Office.context.displayLanguage. */
  readonly lang: string;
  /** The ExcelApi 1.x the fake host supports: lower it to see the pane's fallbacks. */
  readonly api: number;
  /** Milliseconds per round trip, to watch the progress indicator. */
  readonly delay: number;
  /** ?host=wps: the pane and the ribbon run over the WPS host (src/wps) on a fake ET over the same workbook. */
  readonly host: "excel" | "wps";
}

export const DEFAULT_FILE = "岳阳-县市区-示例.xlsx";

function bounded(value: string | null, fallback: number, min: number, max: number): number {
  const n = value === null ? NaN : Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

export function previewOptions(search: string): PreviewOptions {
  const params = new URLSearchParams(search);
  const file = params.get("file") ?? "";
  return {
    file: /^[^/\\]+\.xlsx$/i.test(file) ? file : DEFAULT_FILE,
    lang: params.get("lang") ?? "zh-CN",
    api: bounded(params.get("api"), 20, 1, 20),
    delay: bounded(params.get("delay"), 0, 0, 5000),
    host: params.get("host") === "wps" ? "wps" : "excel",
  };
}
