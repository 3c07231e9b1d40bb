// docProps/app.xml after Kaohe adds its ledger sheet: the name listed as
// Excel lists every sheet on save (very hidden ones too), with every count in
// agreement — or the part left as it was when it cannot be read for certain.
import { appXmlWithSheet } from "../../src/cli/xlsx/app-titles";

const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application>`;

function app(groups: readonly (readonly [string, readonly string[]])[], sizes?: { pairs?: number; titles?: number }): string {
  const pairs = groups.map(([label, names]) => `<vt:variant><vt:lpstr>${label}</vt:lpstr></vt:variant><vt:variant><vt:i4>${names.length}</vt:i4></vt:variant>`).join("");
  const titles = groups.flatMap(([, names]) => names.map((n) => `<vt:lpstr>${n}</vt:lpstr>`)).join("");
  const n = groups.reduce((sum, [, names]) => sum + names.length, 0);
  return `${HEAD}<HeadingPairs><vt:vector size="${sizes?.pairs ?? groups.length * 2}" baseType="variant">${pairs}</vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${sizes?.titles ?? n}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts><AppVersion>16.0300</AppVersion></Properties>`;
}

/** What a reader sees: the groups with their counts, the titles, and whether every count agrees. */
function read(xml: string): { groups: string[]; titles: string[]; consistent: boolean } {
  const pairsSize = Number(/<HeadingPairs><vt:vector size="(\d+)"/.exec(xml)?.[1]);
  const titlesSize = Number(/<TitlesOfParts><vt:vector size="(\d+)"/.exec(xml)?.[1]);
  const labels = [...xml.matchAll(/<vt:variant><vt:lpstr>([^<]*)<\/vt:lpstr><\/vt:variant><vt:variant><vt:i4>(\d+)<\/vt:i4><\/vt:variant>/g)].map(([, l, c]) => `${l ?? ""} ${c ?? ""}`);
  const titles = [...(/<TitlesOfParts>([\s\S]*)<\/TitlesOfParts>/.exec(xml)?.[1] ?? "").matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map(([, t]) => t ?? "");
  const sum = labels.reduce((s, l) => s + Number(l.split(" ").pop()), 0);
  return { groups: labels, titles, consistent: pairsSize === labels.length * 2 && titlesSize === titles.length && sum === titles.length };
}

test("Excel's English labels: _kaohe joins the worksheets, every count agrees, the rest of the part is unchanged", () => {
  const before = app([["Worksheets", ["岳阳县", "华容县"]], ["Named Ranges", ["岳阳县!Print_Area"]]]);
  const after = appXmlWithSheet(before, ["岳阳县", "华容县"], "_kaohe") ?? "";
  expect(read(after)).toEqual({ groups: ["Worksheets 3", "Named Ranges 1"], titles: ["岳阳县", "华容县", "_kaohe", "岳阳县!Print_Area"], consistent: true });
  expect(after.replace("<vt:lpstr>_kaohe</vt:lpstr>", "").replace('<TitlesOfParts><vt:vector size="4"', '<TitlesOfParts><vt:vector size="3"').replace("<vt:i4>3</vt:i4>", "<vt:i4>2</vt:i4>")).toBe(before);
});

test("Chinese labels (Excel zh-CN, WPS) and a chart sheet group: found by its titles, not its label", () => {
  const before = app([["工作表", ["表1", "R&amp;D"]], ["图表", ["图表1"]], ["命名范围", ["表1!Print_Titles"]]]);
  const after = appXmlWithSheet(before, ["表1", "R&D"], "_kaohe") ?? "";
  expect(read(after)).toEqual({ groups: ["工作表 3", "图表 1", "命名范围 1"], titles: ["表1", "R&amp;D", "_kaohe", "图表1", "表1!Print_Titles"], consistent: true });
});

test.each([
  ["no HeadingPairs / TitlesOfParts (openpyxl's app.xml)", `${HEAD}<AppVersion>3.1</AppVersion></Properties>`],
  ["counts that already disagree", app([["Worksheets", ["表1", "表2"]]], { titles: 3 })],
  ["a HeadingPairs size that disagrees", app([["Worksheets", ["表1", "表2"]]], { pairs: 3 })],
  ["titles that are not the workbook's sheets (a stale list)", app([["Worksheets", ["旧表", "表2"]]])],
  ["_kaohe already listed", app([["Worksheets", ["表1", "表2", "_kaohe"]]])],
])("%s: left byte for byte as it was (undefined)", (_, xml) => {
  expect(appXmlWithSheet(xml, ["表1", "表2"], "_kaohe")).toBeUndefined();
});
