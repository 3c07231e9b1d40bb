// Problems are data (a stable code plus zh-CN and en-US text) so tests can
// match on the code and the CLI can print both languages.
import type { XmlElement } from "./xml-tree";

export type ProblemCode =
  | "XML_MALFORMED"
  | "ROOT_INVALID"
  | "NAMESPACE_INVALID"
  | "ELEMENT_ORDER"
  | "ELEMENT_MISSING"
  | "ELEMENT_UNEXPECTED"
  | "ID_INVALID"
  | "VERSION_INVALID"
  | "LOCALE_INVALID"
  | "TEXT_INVALID"
  | "OVERRIDE_MISSING"
  | "HOST_MISSING"
  | "REQUIREMENT_INVALID"
  | "PERMISSION_INVALID"
  | "APPDOMAIN_INVALID"
  | "URL_NOT_DEV"
  | "RESID_UNRESOLVED"
  | "RESID_WRONG_KIND"
  | "RESID_TOO_LONG"
  | "RESOURCE_DUPLICATE"
  | "RESOURCE_UNUSED"
  | "CONTROL_INVALID"
  | "CONTROL_DUPLICATE_ID"
  | "ICON_SIZES"
  | "ICON_MISSING"
  | "SUPPORT_URL_MISSING"
  | "SUPPORT_PAGE_MISSING"
  | "ICON_INVALID"
  | "ICON_SIZE_MISMATCH"
  | "FUNCTION_FILE_MISSING"
  | "FUNCTION_NOT_ASSOCIATED"
  | "ASSOCIATE_WITHOUT_CONTROL"
  | "ASSOCIATE_NOT_LITERAL"
  | "COMMANDS_SOURCE_MISSING";

export interface ManifestProblem {
  readonly code: ProblemCode;
  readonly zh: string;
  readonly en: string;
  readonly line: number | undefined;
}

export type Report = (code: ProblemCode, zh: string, en: string, at?: XmlElement) => void;

export function formatProblem(p: ManifestProblem): string {
  const where = p.line === undefined ? "" : `（第 ${p.line} 行 / line ${p.line}）`;
  return `[${p.code}] ${p.zh} — ${p.en}${where}`;
}

/** A Report that collects into the given array. */
export function collectInto(problems: ManifestProblem[]): Report {
  return (code, zh, en, at) => {
    problems.push({ code, zh, en, line: at?.line });
  };
}
