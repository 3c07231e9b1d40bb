// The WPS 加载项's files: every ribbon.xml button is an action the entry
// runs (or 打开面板), each action runs over the ET host from the ribbon
// alone, and the registration files name the add-in as WPS reads them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCommandRecord } from "../../src/host/last-command";
import { runRibbonAction, RIBBON_ACTIONS } from "../../src/wps/addin/ribbon-actions";
import { fakeEt } from "../../src/wps/fake-et/fake-et";
import { offlineFolder, offlineJsplugins, onlineJsplugins } from "../../scripts/wps/registration";
import { yueyangExample } from "../excel/helpers";

const ribbon = readFileSync(join(__dirname, "../../src/wps/addin/ribbon.xml"), "utf8");

test("ribbon.xml: a 考核评分 tab with the six buttons, each calling the entry's callbacks", () => {
  expect(ribbon).toContain('<tab id="kaoheTab" label="考核评分">');
  const buttons = [...ribbon.matchAll(/<button id="(\w+)" label="([^"]+)" onAction="ribbon\.OnAction" getImage="ribbon\.GetImage"/g)].map((m) => [m[1], m[2]]);
  expect(buttons).toEqual([
    ["recalculate", "重新计算"],
    ["validate", "提交前校验"],
    ["summary", "生成汇总"],
    ["clearMarks", "清除标记"],
    ["undo", "撤销上次计算"],
    ["openPane", "打开面板"],
  ]);
  expect(Object.keys(RIBBON_ACTIONS)).toEqual(buttons.slice(0, 5).map((b) => b[0]));
});

test("each action button works without the pane and reports its outcome; the outcome is kept in PluginStorage", async () => {
  const et = fakeEt(yueyangExample().doc);
  const messages: string[] = [];
  for (const id of Object.keys(RIBBON_ACTIONS)) messages.push((await runRibbonAction(et.application, id)) ?? "");
  expect(messages[0]).toMatch(/^计算完成：3 个单位/);
  expect(messages.every((m) => m.length > 0)).toBe(true);
  expect(et.doc.sheet("汇总")).toBeDefined();
  // Kept as the record the pane reads (host/last-command.ts), with its time and English text.
  expect(parseCommandRecord(et.state.storage.get("kaohe:/fake/workbook.xlsx:kaohe.lastCommand"))).toMatchObject({ action: "undo", ok: true, messageEn: expect.any(String) as unknown });
  expect(await runRibbonAction(et.application, "openPane")).toBeUndefined();
});

test("registration: online names the intranet URL, offline the kaohe_<version> folder", () => {
  expect(onlineJsplugins("https://oa.example.gov.cn/kaohe/wps")).toContain('<jspluginonline name="kaohe" type="et" url="https://oa.example.gov.cn/kaohe/wps/"');
  expect(offlineJsplugins("0.1.0")).toContain('<jsplugin name="kaohe" type="et" url="" version="0.1.0"');
  expect(offlineFolder("0.1.0")).toBe("kaohe_0.1.0");
});
