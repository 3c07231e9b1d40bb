// 打开面板 in WPS: the entry page's ribbon callback creates one task pane
// showing taskpane.html from the add-in's own folder, keeps its ID in
// PluginStorage, and a later click finds that pane again (GetTaskPane) and
// shows or hides it — never a second pane. Over the strict, counted fake ET.
import { PANE_ID_KEY, paneUrl, togglePane } from "../../src/wps/addin/open-pane";
import type { EtApplication } from "../../src/wps/et-model";
import { fakeEt } from "../../src/wps/fake-et/fake-et";
import { NOT_WPS_MESSAGE, whenWpsReady } from "../../src/wps/pane-entry";
import { yueyangExample } from "../excel/helpers";

const ENTRY = "file:///C:/Users/kaohe/AppData/Roaming/kingsoft/wps/jsaddons/kaohe_0.1.0/index.html";

interface RibbonGlobal {
  ribbon: { OnAction(control: { Id: string }): void };
}

/** The entry page (src/wps/addin/main.ts) loaded in a `window` holding `app`, as WPS loads index.html. */
async function loadEntry(app: EtApplication, href = ENTRY): Promise<{ click(id: string): void; alerts: string[] }> {
  const alerts: string[] = [];
  const page = { Application: app, location: { href } } as unknown as RibbonGlobal;
  Object.assign(globalThis, { window: page, alert: (text: string) => alerts.push(text) });
  await jest.isolateModulesAsync(async () => {
    await import("../../src/wps/addin/main");
  });
  return { click: (id) => page.ribbon.OnAction({ Id: id }), alerts };
}

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
  delete (globalThis as { alert?: unknown }).alert;
});

test("the pane's page is taskpane.html in the entry page's folder, offline or online", () => {
  expect(paneUrl(ENTRY)).toBe("file:///C:/Users/kaohe/AppData/Roaming/kingsoft/wps/jsaddons/kaohe_0.1.0/taskpane.html");
  expect(paneUrl("https://oa.example.gov.cn/kaohe/wps/online/kaohe/index.html?v=1#x")).toBe("https://oa.example.gov.cn/kaohe/wps/online/kaohe/taskpane.html");
  expect(paneUrl("file:///home/u/.local/share/Kingsoft/wps/jsaddons/kaohe_0.1.0/")).toBe("file:///home/u/.local/share/Kingsoft/wps/jsaddons/kaohe_0.1.0/taskpane.html");
});

test("clicking 打开面板 creates one pane with the right URL and shows it; a second click reuses it", async () => {
  const et = fakeEt(yueyangExample().doc);
  const entry = await loadEntry(et.application);
  entry.click("openPane");
  expect(et.state.taskPanes.made).toEqual([{ id: 1000, url: paneUrl(ENTRY), title: "考核评分", visible: true }]);
  expect(et.state.storage.get(PANE_ID_KEY)).toBe("1000");
  expect(et.counter.byMember.get("Application.CreateTaskPane")).toBe(1);

  // Second click: the same pane, found by its ID, hidden; third: shown again. Never another pane.
  entry.click("openPane");
  expect(et.state.taskPanes.made).toHaveLength(1);
  expect(et.state.taskPanes.made[0]?.visible).toBe(false);
  entry.click("openPane");
  expect(et.state.taskPanes.made).toHaveLength(1);
  expect(et.state.taskPanes.made[0]?.visible).toBe(true);
  expect(et.counter.byMember.get("Application.CreateTaskPane")).toBe(1);
  expect(et.counter.byMember.get("Application.GetTaskPane")).toBe(2);
  expect(entry.alerts).toEqual([]);
});

test("a pane ID WPS no longer knows (the add-in reloaded) gets a new pane, whose ID replaces it", () => {
  const et = fakeEt(yueyangExample().doc);
  et.state.storage.set(PANE_ID_KEY, "77");
  const first = togglePane(et.application, paneUrl(ENTRY));
  expect(first).toMatchObject({ created: true, visible: true });
  expect(et.state.storage.get(PANE_ID_KEY)).toBe(String(first.pane.ID));
  expect(togglePane(et.application, paneUrl(ENTRY))).toMatchObject({ created: false, visible: false });
  expect(et.state.taskPanes.made).toHaveLength(1);
});

test("the pane page starts the pane over its own window.Application, or says to open it from WPS", async () => {
  const et = fakeEt(yueyangExample().doc);
  const started: string[] = [];
  whenWpsReady({ Application: et.application, navigator: { language: "zh-CN" } } as unknown as Window, (wps) => started.push(wps.displayLanguage), () => started.push("not wps"));
  expect(started).toEqual(["zh-CN"]);
  whenWpsReady({ navigator: { language: "zh-CN" } } as unknown as Window, () => started.push("wps"), () => started.push(NOT_WPS_MESSAGE));
  expect(started[1]).toBe(NOT_WPS_MESSAGE);
  // The port it gets is the WPS host over that Application: it reads the workbook through ET.
  let port: import("../../src/host/port").HostPort | undefined;
  whenWpsReady({ Application: et.application, navigator: { language: "" } } as unknown as Window, (wps) => (port = wps.port), () => undefined);
  et.counter.reset();
  await port?.readSetting("kaohe.lastCommand");
  expect(et.counter.byMember.get("PluginStorage.getItem")).toBe(1);
});

test("the pane's port follows the selection through ET's SheetSelectionChange", async () => {
  const et = fakeEt(yueyangExample().doc);
  let port: import("../../src/host/port").HostPort | undefined;
  whenWpsReady({ Application: et.application, navigator: { language: "zh-CN" } } as unknown as Window, (wps) => (port = wps.port), () => undefined);
  let moved = 0;
  expect(await port?.watchSelection(() => moved++)).toBe(true);
  expect(et.counter.byMember.get("ApiEvent.AddApiEventListener")).toBe(1);
  const sheet = et.doc.sheets[0]?.name ?? "";
  et.doc.select(sheet, "C7");
  await new Promise((resolve) => setTimeout(resolve, 5));
  expect(moved).toBe(1);
  const selection = await port?.readSelection();
  expect(selection).toMatchObject({ row: 6, col: 2 });
});
