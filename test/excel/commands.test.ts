// The ribbon's function commands: each FunctionName associated, each run
// reported (document settings for the pane, a brief status dialog), and
// event.completed() called every time, whatever happened.
import { LAST_COMMAND_SETTING, readLastCommand } from "../../src/excel/last-command";
import { STATUS_SECONDS, statusUrl } from "../../src/commands/status-dialog";
import { statusMessage } from "../../src/commands/status-page";
import type { InstalledExcel } from "../../src/preview/fake-excel";
import { FakeOfficeError, installExcel } from "../../src/preview/fake-excel";
import { valueAt, yueyangExample } from "./helpers";
import { installOfficeStub } from "./support";

type Handler = (event: { completed: () => void }) => Promise<void>;

interface Host {
  readonly handlers: Map<string, Handler>;
  readonly settings: Map<string, unknown>;
  readonly dialogs: { url: string; options: unknown; closed: boolean }[];
  saves: number;
}

const FUNCTION_FILE = "https://localhost:3000/commands.html";
let restore: (() => void)[] = [];
afterEach(() => {
  restore.reverse().forEach((r) => r());
  restore = [];
  jest.useRealTimers();
});

/** An Office host with the pieces the function file uses; `userClosesDialog` closes each status dialog at once. */
function installHost(options: { dialogApi?: boolean; userClosesDialog?: boolean; search?: string; saveFails?: boolean; readyNever?: boolean } = {}): Host {
  const host: Host = { handlers: new Map(), settings: new Map(), dialogs: [], saves: 0 };
  const office = {
    // readyNever: a host that has not called back yet when the first click comes.
    onReady: (callback: () => void) => (options.readyNever ? new Promise<void>(() => undefined) : Promise.resolve(callback())),
    actions: { associate: (name: string, fn: Handler) => host.handlers.set(name, fn) },
    EventType: { DialogEventReceived: "dialogEventReceived" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      document: {
        settings: {
          set: (key: string, value: unknown) => host.settings.set(key, value),
          get: (key: string) => host.settings.get(key) ?? null,
          saveAsync: (callback: () => void) => {
            host.saves++;
            if (options.saveFails) throw new Error("read-only document");
            callback();
          },
        },
      },
      ui: {
        displayDialogAsync: (url: string, opts: unknown, callback: (result: unknown) => void) => {
          const record = { url, options: opts, closed: false };
          host.dialogs.push(record);
          const handlers: (() => void)[] = [];
          const dialog = { close: () => (record.closed = true), addEventHandler: (_type: string, handler: () => void) => handlers.push(handler) };
          callback({ status: "succeeded", value: dialog });
          if (options.userClosesDialog) handlers.forEach((h) => h());
        },
      },
    },
  };
  restore.push(installOfficeStub(20, office, options.dialogApi ?? true));
  const global = globalThis as { location?: unknown };
  const before = global.location;
  global.location = { href: `${FUNCTION_FILE}${options.search ?? ""}`, search: options.search ?? "" };
  restore.push(() => (global.location = before));
  return host;
}

function installWorkbook(): { excel: InstalledExcel; doc: ReturnType<typeof yueyangExample>["doc"] } {
  const { doc } = yueyangExample();
  const excel = installExcel(doc);
  restore.push(() => excel.uninstall());
  return { excel, doc };
}

async function loadCommands(): Promise<void> {
  await jest.isolateModulesAsync(async () => {
    await import("../../src/commands/commands");
  });
}

async function click(host: Host, name: string): Promise<jest.Mock> {
  const completed = jest.fn();
  const handler = host.handlers.get(name);
  if (!handler) throw new Error(`${name} is not associated`);
  await handler({ completed });
  return completed;
}

test("every ribbon FunctionName is associated", async () => {
  const host = installHost();
  await loadCommands();
  expect([...host.handlers.keys()]).toEqual(["recalculate", "validateBeforeSubmit", "generateSummary", "clearMarks", "undoLastCalculation"]);
});

test("the functions are associated at script load, before Office.onReady calls back (office-js#5176)", async () => {
  const host = installHost({ readyNever: true });
  await loadCommands();
  expect(host.handlers.size).toBe(5);
});

test("重新计算 from the ribbon: scores written, outcome kept for the pane, a status shown, completed once", async () => {
  const host = installHost({ userClosesDialog: true });
  const { doc } = installWorkbook();
  await loadCommands();
  const completed = await click(host, "recalculate");
  expect(completed).toHaveBeenCalledTimes(1);
  expect(valueAt(doc, "岳阳县", "I71")).toBe(96.5);
  const last = readLastCommand();
  expect(last).toMatchObject({ action: "recalculate", ok: true, message: expect.stringMatching(/^计算完成：3 个单位/) });
  expect(host.saves).toBe(1);
  expect(host.dialogs).toHaveLength(1);
  expect(host.dialogs[0]?.url).toBe(statusUrl(FUNCTION_FILE, last?.message ?? ""));
  expect(host.dialogs[0]?.options).toEqual({ height: 20, width: 30, displayInIframe: true });
});

test("the status closes by itself after a few seconds, then the command completes", async () => {
  jest.useFakeTimers();
  const host = installHost();
  installWorkbook();
  await loadCommands();
  const completed = jest.fn();
  const running = host.handlers.get("clearMarks")?.({ completed });
  await jest.advanceTimersByTimeAsync(STATUS_SECONDS * 1000 - 1);
  expect(completed).not.toHaveBeenCalled();
  await jest.advanceTimersByTimeAsync(1);
  await running;
  expect([host.dialogs[0]?.closed, completed.mock.calls.length]).toEqual([true, 1]);
});

test("a failure is reported the same way, and still completes", async () => {
  const host = installHost({ userClosesDialog: true });
  const { doc } = installWorkbook();
  doc.failNextSync = new FakeOfficeError("InvalidOperationInCellEditMode", "editing");
  await loadCommands();
  const completed = await click(host, "generateSummary");
  expect(completed).toHaveBeenCalledTimes(1);
  expect(readLastCommand()).toMatchObject({ action: "summary", ok: false, message: expect.stringMatching(/^Excel 正在编辑单元格/) });
});

test("without the Dialog API: no status dialog, the outcome still kept, completed", async () => {
  const host = installHost({ dialogApi: false });
  installWorkbook();
  await loadCommands();
  for (const name of ["validateBeforeSubmit", "undoLastCalculation"]) expect(await click(host, name)).toHaveBeenCalledTimes(1);
  expect(host.dialogs).toEqual([]);
  expect(readLastCommand()?.action).toBe("undo");
});

test("settings that cannot be saved do not stop the status, nor completed()", async () => {
  const host = installHost({ saveFails: true, userClosesDialog: true });
  installWorkbook();
  await loadCommands();
  const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
  expect(await click(host, "recalculate")).toHaveBeenCalledTimes(1);
  expect(host.dialogs).toHaveLength(1);
  expect(host.settings.has(LAST_COMMAND_SETTING)).toBe(true);
  expect(quiet).toHaveBeenCalledTimes(1);
  quiet.mockRestore();
});

test("opened as the status dialog, the page shows the message and associates nothing", async () => {
  const message = "已清除 5 个单元格的标记。";
  const url = new URL(statusUrl(FUNCTION_FILE, message));
  const host = installHost({ search: url.search });
  const shown: { text?: string } = {};
  const body = { ownerDocument: { createElement: () => ({ style: {}, set textContent(t: string) { shown.text = t; } }) }, replaceChildren: jest.fn() };
  const global = globalThis as { document?: unknown };
  global.document = { body };
  restore.push(() => delete global.document);
  await loadCommands();
  expect(host.handlers.size).toBe(0);
  expect(shown.text).toBe(message);
  expect(statusMessage(url.search)).toBe(message);
});
