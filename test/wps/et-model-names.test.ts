/// <reference types="wps-jsapi" />
// src/wps/et-model.ts types the ET members Kaohe calls by hand (wps-jsapi
// declares COM results as `RHS` parameters), but every member name must be
// one wps-jsapi's lib.et.d.ts declares on the same interface: a misspelt or
// invented member is a compile error here.
import type { EtApiEvent, EtApplication, EtComment, EtInterior, EtPluginStorage, EtRange, EtSheets, EtTaskPane, EtWorkbook, EtWorksheet } from "../../src/wps/et-model";

/** Members of Ours that Theirs does not declare; never when all are real. */
type Invented<Ours, Theirs> = Exclude<keyof Ours, keyof Theirs>;
type NoneInvented<Ours, Theirs> = [Invented<Ours, Theirs>] extends [never] ? true : Invented<Ours, Theirs>;

// PluginStorage, ApiEvent, CreateTaskPane and GetTaskPane are the `wps` namespace's (index.d.ts), which WPS also gives as Application's.
type WpsGlobals = "PluginStorage" | "ApiEvent" | "CreateTaskPane" | "GetTaskPane";
const checks: {
  application: NoneInvented<Omit<EtApplication, WpsGlobals>, Et.EtApplication>;
  wpsGlobals: NoneInvented<Pick<EtApplication, WpsGlobals>, typeof wps>;
  pluginStorage: NoneInvented<EtPluginStorage, typeof wps.PluginStorage>;
  apiEvent: NoneInvented<EtApiEvent, typeof wps.ApiEvent>;
  taskPane: NoneInvented<EtTaskPane, wps.CustomTaskpane>;
  workbook: NoneInvented<EtWorkbook, Et.EtWorkbook>;
  sheets: NoneInvented<EtSheets, Et.EtSheets>;
  worksheet: NoneInvented<EtWorksheet, Et.EtWorksheet>;
  range: NoneInvented<EtRange, Et.EtRange>;
  interior: NoneInvented<EtInterior, Et.EtInterior>;
  comment: NoneInvented<EtComment, Et.EtComment>;
} = { application: true, wpsGlobals: true, pluginStorage: true, apiEvent: true, taskPane: true, workbook: true, sheets: true, worksheet: true, range: true, interior: true, comment: true };

test("every ET member Kaohe uses is one wps-jsapi declares", () => {
  expect(Object.values(checks).every((v) => v === true)).toBe(true);
});
