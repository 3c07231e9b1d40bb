// The office-workbook features issue 13 lists, each added to the package as
// Excel or WPS writes it. Sheets of the base workbook (build-corpus.ts):
// sheet1 岳阳县, sheet2 华容县, sheet3 汨罗市 (scored), sheet4 签字, sheet5 汇总.
import type { XlsxPackage } from "../../src/cli/xlsx/xlsx-package";
import { addDefault, addPart, addToSheet, addToWorkbook, PNG, relate, XML_HEAD } from "./package-edit";

const OD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const CT = "application/vnd.openxmlformats-officedocument";

export interface Feature {
  readonly id: string;
  /** What a user would call it. */
  readonly label: string;
  readonly add: (pkg: XlsxPackage) => void;
}

/** Puts a formula cell where the base workbook has a placeholder. */
function replaceCell(pkg: XlsxPackage, part: string, address: string, cell: string): void {
  const xml = pkg.text(part) ?? "";
  const re = new RegExp(`<c r="${address}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
  if (!re.test(xml)) throw new Error(`${part} has no ${address}`);
  pkg.setText(part, xml.replace(re, cell));
}

function anchor(col: number, row: number, body: string): string {
  return `<xdr:twoCellAnchor><xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${col + 5}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row + 12}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${body}<xdr:clientData/></xdr:twoCellAnchor>`;
}

function drawing(pkg: XlsxPackage, sheet: string, part: string, anchors: string): string {
  addPart(pkg, part, `${XML_HEAD}<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">${anchors}</xdr:wsDr>`, `${CT}.drawing+xml`);
  const id = relate(pkg, sheet, `${OD}/drawing`, `../drawings/${part.split("/").pop() ?? ""}`);
  addToSheet(pkg, sheet, "drawing", `<drawing r:id="${id}"/>`);
  return part;
}

const chart: Feature = {
  id: "chart",
  label: "图表 chart",
  add(pkg) {
    const part = "xl/drawings/drawing1.xml";
    addPart(
      pkg,
      "xl/charts/chart1.xml",
      `${XML_HEAD}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="${A}" xmlns:r="${OD}"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>岳阳县!$I$5:$I$12</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`,
      `${CT}.drawingml.chart+xml`,
    );
    const chartId = relate(pkg, part, `${OD}/chart`, "../charts/chart1.xml");
    drawing(
      pkg,
      "xl/worksheets/sheet1.xml",
      part,
      anchor(10, 2, `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="得分图"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${OD}" r:id="${chartId}"/></a:graphicData></a:graphic></xdr:graphicFrame>`),
    );
  },
};

const pivot: Feature = {
  id: "pivot",
  label: "数据透视表及缓存 pivot table + cache",
  add(pkg) {
    addPart(
      pkg,
      "xl/pivotCache/pivotCacheDefinition1.xml",
      `${XML_HEAD}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${OD}" r:id="rId1" refreshOnLoad="0" recordCount="2"><cacheSource type="worksheet"><worksheetSource ref="A1:B3" sheet="汇总"/></cacheSource><cacheFields count="2"><cacheField name="单位" numFmtId="0"><sharedItems count="2"><s v="岳阳县"/><s v="华容县"/></sharedItems></cacheField><cacheField name="得分" numFmtId="0"><sharedItems containsNumber="1" minValue="90" maxValue="97"/></cacheField></cacheFields></pivotCacheDefinition>`,
      `${CT}.spreadsheetml.pivotCacheDefinition+xml`,
    );
    addPart(
      pkg,
      "xl/pivotCache/pivotCacheRecords1.xml",
      `${XML_HEAD}<pivotCacheRecords xmlns="${MAIN}" count="2"><r><x v="0"/><n v="97"/></r><r><x v="1"/><n v="90"/></r></pivotCacheRecords>`,
      `${CT}.spreadsheetml.pivotCacheRecords+xml`,
    );
    pkg.setText("xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels", `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${OD}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/></Relationships>`);
    const cacheRel = relate(pkg, "xl/workbook.xml", `${OD}/pivotCacheDefinition`, "pivotCache/pivotCacheDefinition1.xml");
    addToWorkbook(pkg, "pivotCaches", `<pivotCaches><pivotCache cacheId="7" r:id="${cacheRel}"/></pivotCaches>`);
    addPart(
      pkg,
      "xl/pivotTables/pivotTable1.xml",
      `${XML_HEAD}<pivotTableDefinition xmlns="${MAIN}" name="透视表1" cacheId="7" dataCaption="值" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" updatedVersion="6" createdVersion="6"><location ref="D1:E4" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><dataFields count="1"><dataField name="求和项:得分" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`,
      `${CT}.spreadsheetml.pivotTable+xml`,
    );
    pkg.setText("xl/pivotTables/_rels/pivotTable1.xml.rels", `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${OD}/pivotCacheDefinition" Target="../pivotCache/pivotCacheDefinition1.xml"/></Relationships>`);
    relate(pkg, "xl/worksheets/sheet5.xml", `${OD}/pivotTable`, "../pivotTables/pivotTable1.xml");
  },
};

const externalLink: Feature = {
  id: "external-link",
  label: "外部链接 external link",
  add(pkg) {
    addPart(
      pkg,
      "xl/externalLinks/externalLink1.xml",
      `${XML_HEAD}<externalLink xmlns="${MAIN}" xmlns:r="${OD}"><externalBook r:id="rId1"><sheetNames><sheetName val="上年"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>95.5</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
      `${CT}.spreadsheetml.externalLink+xml`,
    );
    pkg.setText("xl/externalLinks/_rels/externalLink1.xml.rels", `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${OD}/externalLinkPath" Target="file:///D:/考核/2024年考核.xlsx" TargetMode="External"/></Relationships>`);
    const id = relate(pkg, "xl/workbook.xml", `${OD}/externalLink`, "externalLinks/externalLink1.xml");
    addToWorkbook(pkg, "externalReferences", `<externalReferences><externalReference r:id="${id}"/></externalReferences>`);
    replaceCell(pkg, "xl/worksheets/sheet5.xml", "C1", `<c r="C1"><f>[1]上年!A1</f><v>95.5</v></c>`);
  },
};

const textBox: Feature = {
  id: "text-box",
  label: "文本框 评分人签字 text box",
  add(pkg) {
    drawing(
      pkg,
      "xl/worksheets/sheet4.xml",
      "xl/drawings/drawing2.xml",
      anchor(1, 3, `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="3" name="文本框 2"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2000000" cy="500000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="zh-CN"/><a:t>评分人签字：__________</a:t></a:r></a:p></xdr:txBody></xdr:sp>`),
    );
  },
};

const sparklines: Feature = {
  id: "sparklines",
  label: "迷你图 sparklines",
  add(pkg) {
    addToSheet(
      pkg,
      "xl/worksheets/sheet1.xml",
      "extLst",
      `<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>岳阳县!G5:I5</xm:f><xm:sqref>K5</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`,
    );
  },
};

const hyperlinks: Feature = {
  id: "hyperlinks",
  label: "内部超链接 internal hyperlinks",
  add(pkg) {
    addToSheet(pkg, "xl/worksheets/sheet1.xml", "hyperlinks", `<hyperlinks><hyperlink ref="A1" location="'华容县'!A1" display="华容县"/><hyperlink ref="A2" location="汇总!A1" display="汇总"/></hyperlinks>`);
  },
};

const pageBreaks: Feature = {
  id: "page-breaks",
  label: "手动分页符 manual page breaks",
  add(pkg) {
    addToSheet(pkg, "xl/worksheets/sheet1.xml", "rowBreaks", `<rowBreaks count="2" manualBreakCount="2"><brk id="30" max="16383" man="1"/><brk id="53" max="16383" man="1"/></rowBreaks>`);
  },
};

const threadedComments: Feature = {
  id: "threaded-comments",
  label: "批注（新版线程批注）threaded comments",
  add(pkg) {
    const sheet = "xl/worksheets/sheet3.xml";
    addPart(pkg, "xl/persons/person.xml", `${XML_HEAD}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}"><person displayName="李评审" id="{6B1F1D9E-0000-4000-8000-000000000001}" userId="李评审" providerId="None"/></personList>`, "application/vnd.ms-excel.person+xml");
    relate(pkg, "xl/workbook.xml", "http://schemas.microsoft.com/office/2017/10/relationships/person", "persons/person.xml");
    addPart(pkg, "xl/threadedComments/threadedComment1.xml", `${XML_HEAD}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}"><threadedComment ref="G30" dT="2025-03-01T09:00:00.00" personId="{6B1F1D9E-0000-4000-8000-000000000001}" id="{6B1F1D9E-0000-4000-8000-0000000000C1}"><text>“一分”请改为数字</text></threadedComment></ThreadedComments>`, "application/vnd.ms-excel.threadedcomments+xml");
    addPart(pkg, "xl/comments1.xml", `${XML_HEAD}<comments xmlns="${MAIN}" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" mc:Ignorable="xr" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><authors><author>tc={6B1F1D9E-0000-4000-8000-0000000000C1}</author></authors><commentList><comment ref="G30" authorId="0" shapeId="0" xr:uid="{6B1F1D9E-0000-4000-8000-0000000000C1}"><text><t>[线程批注] “一分”请改为数字</t></text></comment></commentList></comments>`, `${CT}.spreadsheetml.comments+xml`);
    addPart(pkg, "xl/drawings/vmlDrawing1.vml", `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden"><x:ClientData ObjectType="Note"><x:Row>29</x:Row><x:Column>6</x:Column></x:ClientData></v:shape></xml>`);
    addDefault(pkg, "vml", `${CT}.vmlDrawing`);
    relate(pkg, sheet, "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment", "../threadedComments/threadedComment1.xml");
    relate(pkg, sheet, `${OD}/comments`, "../comments1.xml");
    const vml = relate(pkg, sheet, `${OD}/vmlDrawing`, "../drawings/vmlDrawing1.vml");
    addToSheet(pkg, sheet, "legacyDrawing", `<legacyDrawing r:id="${vml}"/>`);
  },
};

const cellImages: Feature = {
  id: "wps-cellimages",
  label: "WPS 单元格图片 cellimages.xml / DISPIMG",
  add(pkg) {
    addDefault(pkg, "png", "image/png");
    pkg.setBytes("xl/media/image1.png", PNG);
    addPart(pkg, "xl/cellimages.xml", `${XML_HEAD}<etc:cellImages xmlns:xdr="${XDR}" xmlns:r="${OD}" xmlns:a="${A}" xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"><etc:cellImage><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="ID_5A1B2C3D" descr="签字"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="95250" cy="95250"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic></etc:cellImage></etc:cellImages>`, "application/vnd.wps-officedocument.cellimage+xml");
    pkg.setText("xl/_rels/cellimages.xml.rels", `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${OD}/image" Target="media/image1.png"/></Relationships>`);
    relate(pkg, "xl/workbook.xml", "http://www.wps.cn/officeDocument/2020/cellImage", "cellimages.xml");
    replaceCell(pkg, "xl/worksheets/sheet4.xml", "B9", `<c r="B9" t="str"><f>_xlfn.DISPIMG("ID_5A1B2C3D",1)</f><v>=DISPIMG("ID_5A1B2C3D",1)</v></c>`);
  },
};

const headerPicture: Feature = {
  id: "header-picture",
  label: "页眉图片 header/footer picture",
  add(pkg) {
    const sheet = "xl/worksheets/sheet2.xml";
    addDefault(pkg, "png", "image/png");
    pkg.setBytes("xl/media/image2.png", PNG);
    addPart(pkg, "xl/drawings/vmlDrawing2.vml", `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="CH" o:spid="_x0000_s2049" type="#_x0000_t75" style="position:absolute;width:60pt;height:30pt"><v:imagedata o:relid="rId1" o:title="徽标"/><o:lock v:ext="edit" rotation="t"/></v:shape></xml>`);
    pkg.setText("xl/drawings/_rels/vmlDrawing2.vml.rels", `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${OD}/image" Target="../media/image2.png"/></Relationships>`);
    addDefault(pkg, "vml", `${CT}.vmlDrawing`);
    const id = relate(pkg, sheet, `${OD}/vmlDrawing`, "../drawings/vmlDrawing2.vml");
    addToSheet(pkg, sheet, "headerFooter", `<headerFooter><oddHeader>&amp;C&amp;G</oddHeader><oddFooter>&amp;C第 &amp;P 页</oddFooter></headerFooter>`);
    addToSheet(pkg, sheet, "legacyDrawingHF", `<legacyDrawingHF r:id="${id}"/>`);
  },
};

const customProperties: Feature = {
  id: "custom-properties",
  label: "自定义文档属性 custom document properties",
  add(pkg) {
    addPart(pkg, "docProps/custom.xml", `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="考核年度"><vt:lpwstr>2025</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.16120</vt:lpwstr></property></Properties>`, `${CT}.custom-properties+xml`);
    relate(pkg, "", `${OD}/custom-properties`, "docProps/custom.xml");
  },
};

const customXml: Feature = {
  id: "custom-xml",
  label: "customXml 部件 customXml parts",
  add(pkg) {
    pkg.setText("customXml/item1.xml", `<?xml version="1.0" encoding="UTF-8"?><考核 xmlns="urn:kaohe:test"><年度>2025</年度></考核>`);
    addPart(pkg, "customXml/itemProps1.xml", `${XML_HEAD}<ds:datastoreItem ds:itemID="{1D2E3F40-0000-4000-8000-000000000001}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`, `${CT}.customXmlProperties+xml`);
    pkg.setText("customXml/_rels/item1.xml.rels", `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${OD}/customXmlProps" Target="itemProps1.xml"/></Relationships>`);
    relate(pkg, "xl/workbook.xml", `${OD}/customXml`, "../customXml/item1.xml");
  },
};

const definedNames: Feature = {
  id: "defined-names",
  label: "名称（含 OFFSET 动态区域）defined names",
  add(pkg) {
    const names = `<definedName name="动态名单">OFFSET(汇总!$A$1,0,0,COUNTA(汇总!$A:$A),1)</definedName><definedName name="华容县得分">华容县!$I$5:$I$70</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">岳阳县!$A$1:$I$75</definedName><definedName name="_xlnm.Print_Titles" localSheetId="1">华容县!$4:$4</definedName>`;
    const book = pkg.text("xl/workbook.xml") ?? "";
    if (book.includes("</definedNames>")) pkg.setText("xl/workbook.xml", book.replace("</definedNames>", `${names}</definedNames>`));
    else addToWorkbook(pkg, "definedNames", `<definedNames>${names}</definedNames>`);
  },
};

const sheetPassword: Feature = {
  id: "legacy-sheet-password",
  label: "旧式工作表保护密码 legacy sheet password",
  add(pkg) {
    addToSheet(pkg, "xl/worksheets/sheet4.xml", "sheetProtection", `<sheetProtection password="CC3D" sheet="1" objects="1" scenarios="1"/>`);
  },
};

const structureProtection: Feature = {
  id: "workbook-structure",
  label: "保护工作簿结构 workbook structure protection",
  add(pkg) {
    addToWorkbook(pkg, "workbookProtection", `<workbookProtection workbookPassword="CC3D" lockStructure="1"/>`);
  },
};

const duplicateValues: Feature = {
  id: "duplicate-values-cf",
  label: "条件格式 重复值 duplicate-values conditional format",
  add(pkg) {
    addToSheet(pkg, "xl/worksheets/sheet1.xml", "conditionalFormatting", `<conditionalFormatting sqref="C5:C70"><cfRule type="duplicateValues" priority="1"/></conditionalFormatting>`);
  },
};

const macros: Feature = {
  id: "xlsm",
  label: ".xlsm 宏 vbaProject.bin",
  add(pkg) {
    const vba = Buffer.alloc(2048, 0x5a);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(vba, 0);
    pkg.setBytes("xl/vbaProject.bin", vba);
    addDefault(pkg, "bin", "application/vnd.ms-office.vbaProject");
    const types = pkg.text("[Content_Types].xml") ?? "";
    pkg.setText("[Content_Types].xml", types.replace(`${CT}.spreadsheetml.sheet.main+xml`, "application/vnd.ms-excel.sheet.macroEnabled.main+xml"));
    relate(pkg, "xl/workbook.xml", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin");
  },
};

export const FEATURES: readonly Feature[] = [
  chart, pivot, externalLink, textBox, sparklines, hyperlinks, pageBreaks, threadedComments, cellImages, headerPicture,
  customProperties, customXml, definedNames, sheetPassword, structureProtection, duplicateValues, macros,
];

