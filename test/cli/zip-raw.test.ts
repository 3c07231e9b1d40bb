// The zip layer of the patching writer: entries Kaohe does not change keep
// their compressed bytes, CRC and time; changed ones are deflated anew.
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { XlsxPackage } from "../../src/cli/xlsx/xlsx-package";
import { crc32, readRawEntries } from "../../src/cli/xlsx/zip-raw";

test("crc32 is the zip CRC (check value of '123456789')", () => {
  expect(crc32(strToU8("123456789"))).toBe(0xcbf43926);
});

test("unchanged entries are copied compressed, as stored; a changed one is new; names in UTF-8 survive", () => {
  const original = zipSync(
    {
      "[Content_Types].xml": strToU8("<Types/>"),
      "xl/media/图片.png": [new Uint8Array(3000).fill(7), { level: 0 }],
      "xl/worksheets/sheet1.xml": [strToU8("<worksheet>" + "x".repeat(5000) + "</worksheet>"), { level: 9, mtime: new Date(2020, 0, 2, 3, 4, 6) }],
      "docProps/app.xml": strToU8("<Properties/>"),
    },
    {},
  );
  const pkg = XlsxPackage.read(original).clone();
  pkg.setText("docProps/app.xml", "<Properties>changed</Properties>");
  const written = pkg.write();
  const before = readRawEntries(original);
  const after = readRawEntries(written);
  if (!before || !after) throw new Error("not read");
  for (const name of ["[Content_Types].xml", "xl/media/图片.png", "xl/worksheets/sheet1.xml"]) {
    expect(Buffer.from(after.get(name)?.data ?? []).equals(Buffer.from(before.get(name)?.data ?? [1]))).toBe(true);
    expect([after.get(name)?.crc, after.get(name)?.time, after.get(name)?.date, after.get(name)?.method]).toEqual([before.get(name)?.crc, before.get(name)?.time, before.get(name)?.date, before.get(name)?.method]);
  }
  const unzipped = unzipSync(written);
  expect(strFromU8(unzipped["docProps/app.xml"] ?? new Uint8Array())).toBe("<Properties>changed</Properties>");
  expect(after.get("docProps/app.xml")?.crc).toBe(crc32(strToU8("<Properties>changed</Properties>")));
  expect(Object.keys(unzipped)).toEqual(["[Content_Types].xml", "xl/media/图片.png", "xl/worksheets/sheet1.xml", "docProps/app.xml"]);
});
