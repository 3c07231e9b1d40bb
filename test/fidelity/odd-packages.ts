// Damaged and unusual packages for the adversarial corpus (issue 13): each
// built from the 岳阳县 example (its first unit, 96.5 as it stands) by
// editing the package's XML as another program would have written it, or by
// writing the bytes a damaged file holds. odd-packages.test.ts scores each
// with the compiled CLI and says what must happen.
// Run: npx tsx test/fidelity/odd-packages.ts [OUT_DIR] — writes every file.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { XlsxPackage } from "../../src/cli/xlsx/xlsx-package";
import { newRawEntry, readRawEntries, writeRawEntries } from "../../src/cli/xlsx/zip-raw";
import { buildYueyangCountyExample } from "../fixtures/yueyang-county-example";

/** 岳阳县's sheet: row of 财政资金 (2 points, 每少一项扣0.5分), its 扣分 in G. */
export const ITEM_ROW = 28;
export const DEDUCTION = `G${ITEM_ROW}`;
export const SHEET = "xl/worksheets/sheet1.xml";

export async function yueyangCounty(): Promise<XlsxPackage> {
  const workbook = buildYueyangCountyExample();
  for (const other of ["华容县", "汨罗市"]) {
    const sheet = workbook.getWorksheet(other);
    if (sheet) workbook.removeWorksheet(sheet.id);
  }
  const sheet = workbook.getWorksheet("岳阳县");
  if (String(sheet?.getCell(`C${ITEM_ROW}`).value ?? "") + String(sheet?.getCell(`D${ITEM_ROW}`).value ?? "") === "") throw new Error("the example moved");
  return XlsxPackage.read(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

function edit(pkg: XlsxPackage, part: string, change: (xml: string) => string): XlsxPackage {
  const xml = pkg.text(part);
  if (xml === undefined) throw new Error(`no ${part}`);
  const changed = change(xml);
  if (changed === xml) throw new Error(`the edit of ${part} changed nothing`);
  pkg.setText(part, changed);
  return pkg;
}

/** The sheet with one cell's XML replaced (the cell must exist). */
function setCell(pkg: XlsxPackage, address: string, cell: (style: string) => string): XlsxPackage {
  return edit(pkg, SHEET, (xml) =>
    xml.replace(new RegExp(`<c r="${address}"([^>]*?)(?:/>|>[\\s\\S]*?</c>)`), (_, attrs: string) => cell(/\ss="\d+"/.exec(attrs)?.[0] ?? "")),
  );
}

export interface OddPackage {
  readonly id: string;
  readonly label: string;
  readonly ext?: string;
  readonly bytes: () => Promise<Uint8Array>;
}

const written = (make: () => Promise<XlsxPackage>) => async (): Promise<Uint8Array> => (await make()).write();

export const ODD_PACKAGES: readonly OddPackage[] = [
  {
    id: "duplicate-entry",
    label: "zip 中同一部件出现两次（两个 xl/worksheets/sheet1.xml，后一个扣分不同）",
    bytes: async () => {
      const pkg = await yueyangCounty();
      const bytes = pkg.write();
      const raw = [...(readRawEntries(bytes)?.values() ?? [])];
      const sheet = pkg.text(SHEET) ?? "";
      const other = sheet.replace(new RegExp(`<c r="${DEDUCTION}"([^>]*?)(?:/>|>[\\s\\S]*?</c>)`), `<c r="${DEDUCTION}"><v>2</v></c>`);
      return writeRawEntries([...raw, newRawEntry(SHEET, Buffer.from(other, "utf8"))]);
    },
  },
  {
    id: "rel-to-missing",
    label: "工作表关系指向不存在的部件",
    bytes: written(async () => edit(await yueyangCounty(), "xl/_rels/workbook.xml.rels", (x) => x.replace(/Target="(\/xl\/)?worksheets\/sheet1\.xml"/, 'Target="worksheets/sheet9.xml"'))),
  },
  {
    id: "rich-text-phonetic",
    label: "共享字符串含富文本分段和拼音 <rPh>（表头“得分”“扣分”分段写，带注音）",
    bytes: written(async () =>
      edit(await yueyangCounty(), "xl/sharedStrings.xml", (x) =>
        x
          .replace(/<si><t>得分<\/t><\/si>/, '<si><r><rPr><b/></rPr><t>得</t></r><r><t>分</t></r><rPh sb="0" eb="2"><t>とくてん</t></rPh><phoneticPr fontId="1"/></si>')
          .replace(/<si><t>扣分<\/t><\/si>/, '<si><t>扣分</t><rPh sb="0" eb="2"><t>コウブン</t></rPh></si>'),
      ),
    ),
  },
  {
    id: "inline-string-entry",
    label: "扣分单元格为内联字符串 inlineStr “1.5”",
    bytes: written(async () => setCell(await yueyangCounty(), DEDUCTION, (s) => `<c r="${DEDUCTION}"${s} t="inlineStr"><is><t>1.5</t></is></c>`)),
  },
  {
    id: "error-div0",
    label: "扣分单元格为错误值 #DIV/0!（t=\"e\"，公式结果）",
    bytes: written(async () => setCell(await yueyangCounty(), DEDUCTION, (s) => `<c r="${DEDUCTION}"${s} t="e"><f>1/0</f><v>#DIV/0!</v></c>`)),
  },
  {
    id: "error-na",
    label: "扣分单元格为错误值 #N/A（t=\"e\"，无公式）",
    bytes: written(async () => setCell(await yueyangCounty(), DEDUCTION, (s) => `<c r="${DEDUCTION}"${s} t="e"><v>#N/A</v></c>`)),
  },
  {
    id: "iso-date-entry",
    label: "扣分单元格为日期 t=\"d\"（2026-01-02）",
    bytes: written(async () => setCell(await yueyangCounty(), DEDUCTION, (s) => `<c r="${DEDUCTION}"${s} t="d"><v>2026-01-02T00:00:00</v></c>`)),
  },
  {
    id: "date1904",
    label: "1904 日期系统的工作簿（<workbookPr date1904=\"1\"/>），扣分 1",
    bytes: written(async () => {
      const pkg = await yueyangCounty();
      edit(pkg, "xl/workbook.xml", (x) => (/<workbookPr\b/.test(x) ? x.replace(/<workbookPr\b/, '<workbookPr date1904="1"') : x.replace(/<bookViews>/, '<workbookPr date1904="1"/><bookViews>')));
      return setCell(pkg, DEDUCTION, (s) => `<c r="${DEDUCTION}"${s}><v>1</v></c>`);
    }),
  },
  {
    id: "wrong-dimension",
    label: "<dimension> 写错（A1:B2，实际到 J 列几十行）",
    bytes: written(async () => edit(await yueyangCounty(), SHEET, (x) => x.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:B2"/>'))),
  },
  {
    id: "row-past-limit",
    label: "行号超出 Excel 上限（r=\"2000000\"）",
    bytes: written(async () => edit(await yueyangCounty(), SHEET, (x) => x.replace("</sheetData>", '<row r="2000000"><c r="A2000000"><v>1</v></c></row></sheetData>'))),
  },
  {
    id: "last-row",
    label: "最后一行（r=\"1048576\"）有一个单元格",
    bytes: written(async () => edit(await yueyangCounty(), SHEET, (x) => x.replace("</sheetData>", '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>备注</t></is></c></row></sheetData>'))),
  },
  ...(
    [
      ["shared-index-fraction", "共享字符串单元格的编号是小数（<v>1.5</v>，exceljs 会读成另一个字符串）", `<c r="${DEDUCTION}" t="s"><v>1.5</v></c>`],
      ["shared-index-negative", "共享字符串单元格的编号是负数（<v>-1</v>）", `<c r="${DEDUCTION}" t="s"><v>-1</v></c>`],
      ["shared-index-empty", "共享字符串单元格的编号为空（<v></v>，exceljs 会读成空白）", `<c r="${DEDUCTION}" t="s"><v></v></c>`],
      ["unknown-cell-type", "单元格类型不是 Excel 的（t=\"x\"，exceljs 会读成数字 1）", `<c r="${DEDUCTION}" t="x"><v>1</v></c>`],
      ["boolean-entry", "扣分单元格为逻辑值（t=\"b\"）", `<c r="${DEDUCTION}" t="b"><v>1</v></c>`],
      ["huge-number", "扣分 <v>1e400</v>（超出双精度，读成 Infinity）", `<c r="${DEDUCTION}"><v>1e400</v></c>`],
      ["rich-inline-string", "扣分为分段的内联字符串（“1” “.5” 两段）", `<c r="${DEDUCTION}" t="inlineStr"><is><r><t>1</t></r><r><t>.5</t></r></is></c>`],
      ["formula-string-result", "扣分为结果是文字“1.5”的公式（t=\"str\"）", `<c r="${DEDUCTION}" t="str"><f>"1"&amp;".5"</f><v>1.5</v></c>`],
      ["cdata-entry", "扣分为 CDATA 包着的内联字符串 <![CDATA[1.5]]>（exceljs 会读成空白）", `<c r="${DEDUCTION}" t="inlineStr"><is><t><![CDATA[1.5]]></t></is></c>`],
      ["cell-without-r", "扣分单元格没有 r 属性（位置由前一个单元格推出）", `<c t="inlineStr"><is><t>1</t></is></c>`],
    ] as const
  ).map(([id, label, cell]): OddPackage => ({ id, label, bytes: written(async () => setCell(await yueyangCounty(), DEDUCTION, (s) => cell.replace("<c ", `<c${s} `))) })),
  {
    id: "zip-bomb",
    label: "解压后极大的压缩包（目录里 sheet1.xml 声明 3 GB）",
    bytes: async () => {
      const bytes = Buffer.from((await yueyangCounty()).write());
      // The central directory's uncompressed size of sheet1.xml (offset 24 in its record), as a zip bomb declares it.
      const name = Buffer.from(SHEET);
      for (let at = bytes.length - 22; at >= 0; at--) {
        if (bytes.readUInt32LE(at) === 0x02014b50 && bytes.subarray(at + 46, at + 46 + name.length).equals(name)) {
          bytes.writeUInt32LE(0xc0000000, at + 24);
          return bytes;
        }
      }
      throw new Error("no central record for sheet1.xml");
    },
  },
  {
    id: "entity-expansion",
    label: "共享字符串带 DOCTYPE 和层层展开的实体（“billion laughs”）",
    bytes: written(async () =>
      edit(await yueyangCounty(), "xl/sharedStrings.xml", (x) =>
        x.replace(
          /^(<\?xml[^>]*\?>\s*)/,
          `$1<!DOCTYPE sst [${Array.from({ length: 10 }, (_, i) => `<!ENTITY e${i + 1} "${i === 0 ? "哈哈哈哈哈哈哈哈哈哈" : `&e${i};`.repeat(10)}">`).join("")}]>`,
        ).replace("<si><t>扣分</t></si>", "<si><t>&e10;</t></si>"),
      ),
    ),
  },
  {
    id: "cdata-header",
    label: "表头“扣分”在共享字符串中用 CDATA 包着（exceljs 会丢掉表头，扣分列不再计分）",
    bytes: written(async () => edit(await yueyangCounty(), "xl/sharedStrings.xml", (x) => x.replace("<si><t>扣分</t></si>", "<si><t><![CDATA[扣分]]></t></si>"))),
  },
  {
    id: "utf16-sheet",
    label: "工作表部件以 UTF-16 编码保存",
    bytes: written(async () => {
      const pkg = await yueyangCounty();
      const xml = (pkg.text(SHEET) ?? "").replace('encoding="UTF-8"', 'encoding="UTF-16"');
      pkg.setBytes(SHEET, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, "utf16le")]));
      return pkg;
    }),
  },
  {
    id: "utf8-bom-sheet",
    label: "工作表部件以带 BOM 的 UTF-8 保存，扣分 1",
    bytes: written(async () => {
      const pkg = setCell(await yueyangCounty(), DEDUCTION, (s) => `<c r="${DEDUCTION}"${s}><v>1</v></c>`);
      pkg.setBytes(SHEET, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(pkg.text(SHEET) ?? "", "utf8")]));
      return pkg;
    }),
  },
  {
    id: "sheet-without-relationship",
    label: "工作表的 r:id 在 workbook.xml.rels 中不存在",
    bytes: written(async () => edit(await yueyangCounty(), "xl/workbook.xml", (x) => x.replace("</sheets>", '<sheet name="表二" sheetId="7" r:id="rId99"/></sheets>'))),
  },
  {
    id: "duplicate-sheet-name",
    label: "两个工作表同名（第二个叫“岳阳县”，内容相同）",
    bytes: written(async () => {
      const pkg = await yueyangCounty();
      pkg.setText("xl/worksheets/sheet2.xml", pkg.text(SHEET) ?? "");
      edit(pkg, "[Content_Types].xml", (x) => x.replace("</Types>", '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'));
      edit(pkg, "xl/_rels/workbook.xml.rels", (x) => x.replace("</Relationships>", '<Relationship Id="rIdTwin" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>'));
      return edit(pkg, "xl/workbook.xml", (x) => x.replace("</sheets>", '<sheet name="岳阳县" sheetId="7" r:id="rIdTwin"/></sheets>'));
    }),
  },
  {
    id: "xls-renamed",
    label: "实为 .xls（OLE 复合文档）改名为 .xlsx",
    bytes: async () => {
      const file = Buffer.alloc(2048);
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
      file.write("Workbook", 1024, "utf16le");
      return file;
    },
  },
  {
    id: "zero-bytes",
    label: "0 字节文件",
    bytes: async () => new Uint8Array(0),
  },
  {
    id: "chart-sheets-only",
    label: "只有图表工作表（chartsheet），没有工作表",
    bytes: written(async () => {
      const pkg = await yueyangCounty();
      pkg.setText("xl/chartsheets/sheet1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`);
      pkg.delete(SHEET);
      edit(pkg, "[Content_Types].xml", (x) => x.replace('PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"', 'PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"'));
      return edit(pkg, "xl/_rels/workbook.xml.rels", (x) =>
        x.replace(/Type="[^"]*\/worksheet" Target="(\/xl\/)?worksheets\/sheet1\.xml"/, 'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"'),
      );
    }),
  },
  {
    id: "strict-ooxml",
    label: "Strict Open XML 工作簿（purl.oclc.org 命名空间）",
    bytes: written(async () => {
      const pkg = await yueyangCounty();
      const strict = (x: string): string =>
        x
          .replace(/http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g, "http://purl.oclc.org/ooxml/spreadsheetml/main")
          .replace(/http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g, "http://purl.oclc.org/ooxml/officeDocument/relationships");
      for (const name of pkg.names().filter((n) => n.endsWith(".xml") || n.endsWith(".rels"))) {
        const xml = pkg.text(name) ?? "";
        if (strict(xml) !== xml) pkg.setText(name, strict(xml));
      }
      return edit(pkg, "xl/workbook.xml", (x) => x.replace(/<workbook\b/, '<workbook conformance="strict"'));
    }),
  },
];

/** An .xlsx saved by exceljs with its cell edited: for probes that need exceljs's own writing. */
export async function exceljsBytes(edit: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from((await yueyangCounty()).write()) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.getWorksheet("岳阳县");
  if (!sheet) throw new Error("no 岳阳县");
  edit(sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

if (require.main === module) {
  const out = process.argv[2] ?? join(__dirname, "generated-odd");
  mkdirSync(out, { recursive: true });
  (async () => {
    for (const odd of ODD_PACKAGES) writeFileSync(join(out, `${odd.id}${odd.ext ?? ".xlsx"}`), await odd.bytes());
    console.log(`${ODD_PACKAGES.length} files in ${out}`);
  })().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
