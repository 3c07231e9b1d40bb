// The `Office` global, as far as requirements.ts reads it, built on
// office-addin-mock's OfficeMockObject (a fixed object tree is all it needs).
//
// A test file importing this must first replace the office-addin-manifest
// stub, which lacks the OfficeApp enum office-addin-mock reads in its
// constructor (test/stubs/office-addin-manifest.js):
//   jest.mock("office-addin-manifest", () => ({ OfficeApp: { Excel: "excel", Outlook: "outlook" } }));
import { OfficeMockObject } from "office-addin-mock";

/** Installs an Office whose host supports ExcelApi 1.0 … 1.`maxMinor`. */
export function installOffice(maxMinor: number): () => void {
  const isSetSupported = (name: string, version?: string): boolean => {
    const minor = Number((version ?? "1.1").split(".")[1] ?? "0");
    return name === "ExcelApi" && minor <= maxMinor;
  };
  const office = new OfficeMockObject({ context: { requirements: { isSetSupported } } });
  const global = globalThis as { Office?: unknown };
  const before = global.Office;
  global.Office = office;
  return () => {
    if (before === undefined) delete global.Office;
    else global.Office = before;
  };
}
