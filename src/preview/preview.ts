/**
 * The preview's last entry module (after host/install.ts and the pane's own
 * taskpane.ts): loads a workbook from out/example/ (or one the user opens —
 * read in this page, never uploaded), draws it beside the pane, and starts
 * the pane on it through the fake Excel host — or, with ?host=wps, through
 * the WPS host over a fake ET, the pane opened by the ribbon's 打开面板.
 */
import type { FakeDocument } from "./fake-excel";
import { openDocument, previewOptionsInUse as options } from "./host/install";
import type { LoadedWorkbook } from "./load/load-workbook";
import { fetchWorkbook, listWorkbooks, loadWorkbook } from "./load/load-workbook";
import { reopenDocument } from "./load/reopen";
import { createExcelHost } from "../excel/excel-host";
import type { HostPort } from "../host/port";
import type { WpsPreview } from "./host/wps-preview";
import { wpsPreview } from "./host/wps-preview";
import type { RibbonHost } from "./view/ribbon";
import { createRibbon, excelRibbon } from "./view/ribbon";
import { createWorkbookView } from "./view/workbook-view";

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`preview.html is missing #${id}`);
  return node as T;
}

/** For the browser's console and the end-to-end tests: the workbook as the fake holds it. */
interface PreviewHandle {
  ready: boolean;
  file: string;
  doc?: FakeDocument;
  snapshot(): unknown;
  /** 保存并重新打开: the workbook as saved and opened again, the pane started afresh on it. */
  reopen(): void;
}

let current: LoadedWorkbook | undefined;
const handle: PreviewHandle = {
  ready: false,
  file: options.file,
  snapshot: () => handle.doc?.snapshot(),
  reopen: () => {
    if (!current) return;
    handle.ready = false;
    open({ ...current, doc: reopenDocument(current.doc) });
  },
};
(globalThis as { kaohePreview?: PreviewHandle }).kaohePreview = handle;

const english = !/^zh\b/i.test(options.lang);
const view = createWorkbookView({
  tabs: byId("preview-tabs"),
  scroller: byId("preview-grid"),
  nameBox: byId("preview-name"),
  valueBox: byId("preview-value"),
  noteBox: byId("preview-note"),
});
const message = byId<HTMLParagraphElement>("preview-message");

function open(loaded: LoadedWorkbook): void {
  current = loaded;
  handle.doc = loaded.doc;
  handle.file = loaded.name;
  document.title = `${loaded.name} · ${english ? "Kaohe preview" : "考核评分预览"}`;
  const first = loaded.doc.sheets.find((s) => s.visibility === "Visible");
  if (first) loaded.doc.select(first.name, "A1");
  view.show(loaded);
  message.hidden = true;
  openDocument(loaded.doc);
  // Over WPS: one fake ET per workbook (its PluginStorage lives as long as the document); the pane waits for 打开面板.
  if (options.host === "wps") wps = wpsPreview(loaded.doc, byId("kaohe-pane"), options.lang);
  handle.ready = true;
}

/** ?host=wps: the WPS side of the preview for the open workbook. */
let wps: WpsPreview | undefined;

/** The ribbon: Excel's function commands, or the WPS 加载项's entry with its 打开面板. */
function ribbonHost(): RibbonHost {
  if (options.host === "excel") return excelRibbon((): HostPort => createExcelHost());
  return {
    run: (action) => wps?.run(action) ?? Promise.resolve(),
    port: () => wps?.host,
    extra: [{ id: "openPane", zh: "打开面板", en: "Open pane", click: () => wps?.openPane() }],
  };
}

function fail(error: unknown): void {
  const why = error instanceof Error ? error.message : String(error);
  message.textContent = english ? `Cannot open the workbook: ${why}. Run npm start first to build out/example/.` : `无法打开工作簿：${why}。请先运行 npm start 生成 out/example/。`;
  message.hidden = false;
}

async function fillChooser(): Promise<void> {
  const chooser = byId<HTMLSelectElement>("preview-file");
  const files = await listWorkbooks();
  chooser.replaceChildren(...files.map((f) => new Option(f, f, f === options.file, f === options.file)));
  chooser.addEventListener("change", () => {
    const params = new URLSearchParams(location.search);
    params.set("file", chooser.value);
    location.search = params.toString();
  });
}

byId<HTMLInputElement>("preview-open").addEventListener("change", (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (!file) return;
  handle.ready = false;
  void file
    .arrayBuffer()
    .then((data) => loadWorkbook(file.name, data))
    .then(open, fail);
});

/** ?lang=en-US: the preview's own bar in English too (the pane follows Office.context.displayLanguage). */
function translateBar(): void {
  document.documentElement.lang = "en-US";
  document.title = "Kaohe preview";
  for (const node of document.querySelectorAll<HTMLElement>("[data-en]")) node.textContent = node.dataset.en ?? "";
  for (const node of document.querySelectorAll<HTMLElement>("[data-en-label]")) node.setAttribute("aria-label", node.dataset.enLabel ?? "");
  for (const node of document.querySelectorAll<HTMLElement>("[data-en-title]")) node.title = node.dataset.enTitle ?? "";
}

if (english) translateBar();

byId<HTMLButtonElement>("preview-reopen").addEventListener("click", () => handle.reopen());

byId<HTMLAnchorElement>("preview-lang").href = `?${new URLSearchParams({ file: options.file, lang: english ? "zh-CN" : "en-US" }).toString()}`;
byId("preview-lang").textContent = english ? "中文" : "English";
createRibbon(byId("preview-ribbon"), byId("preview-ribbon-status"), english, ribbonHost());
void fillChooser();
fetchWorkbook(options.file).then(open, fail);
