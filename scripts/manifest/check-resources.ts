// Every resid resolves to a resource of the right kind, every resource is
// used once defined, ids are unique, URLs are dev URLs and strings carry an
// en-US override (zh-CN is the default, so English is the override).
import { DEV_BASE, isUnderBase } from "./dev-url";
import { EN_US, LONG_MAX, RESID_MAX, SHORT_MAX } from "./limits";
import type { Report } from "./problems";
import { KIND_NAMES, indexResources, listResources, type ResourceEntry, type ResourceKind } from "./resources";
import { attr, descendants, shortPath, type XmlElement } from "./xml-tree";

const BT_NS = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

// What a referring element needs; the schema types them Short/Long/URL/Image.
const EXPECTED_KIND: Readonly<Record<string, ResourceKind>> = {
  Image: "image",
  SourceLocation: "url",
  FunctionFile: "url",
  LearnMoreUrl: "url",
  Label: "short",
  Title: "short",
  Description: "long",
};

export function checkResources(root: XmlElement, report: Report, base: string = DEV_BASE): void {
  const entries = listResources(root);
  const byId = indexResources(entries);
  const refs = descendants(root).filter((el) => attr(el, "resid") !== undefined);
  const usedBy = new Map<string, XmlElement[]>();

  for (const ref of refs) {
    const resid = attr(ref, "resid") ?? "";
    usedBy.set(resid, [...(usedBy.get(resid) ?? []), ref]);
    const entry = byId.get(resid);
    const expected = EXPECTED_KIND[ref.local];
    if (entry === undefined) {
      report("RESID_UNRESOLVED", `${shortPath(ref)} 引用的 resid “${resid}” 在 Resources 中不存在`, `resid "${resid}" used by ${shortPath(ref)} is not defined in Resources`, ref);
    } else if (expected !== undefined && entry.kind !== expected) {
      report("RESID_WRONG_KIND", `${shortPath(ref)} 需要 ${KIND_NAMES[expected]}，但 “${resid}” 是 ${KIND_NAMES[entry.kind]}`, `${shortPath(ref)} needs a ${KIND_NAMES[expected]}, but "${resid}" is a ${KIND_NAMES[entry.kind]}`, ref);
    }
  }

  const seen = new Set<string>();
  for (const entry of entries) {
    checkEntryId(entry, seen, report);
    if (!usedBy.has(entry.id)) {
      report("RESOURCE_UNUSED", `资源 “${entry.id}” 未被任何元素引用`, `resource "${entry.id}" is never referenced`, entry.el);
    }
    if (entry.kind === "image" || entry.kind === "url") checkEntryUrls(entry, report, base);
    else checkEntryStrings(entry, usedBy.get(entry.id) ?? [], report);
  }
}

function checkEntryId(entry: ResourceEntry, seen: Set<string>, report: Report): void {
  if (entry.el.ns !== BT_NS) {
    report("NAMESPACE_INVALID", `资源 ${entry.el.name} 应在 ${BT_NS} 命名空间中`, `resource ${entry.el.name} must be in namespace ${BT_NS}`, entry.el);
  }
  if (entry.id === "" || entry.id.length > RESID_MAX) {
    report("RESID_TOO_LONG", `资源 id “${entry.id}” 应为 1–${RESID_MAX} 个字符`, `resource id "${entry.id}" must be 1–${RESID_MAX} characters`, entry.el);
  }
  if (seen.has(entry.id)) {
    report("RESOURCE_DUPLICATE", `资源 id “${entry.id}” 重复定义`, `resource id "${entry.id}" is defined more than once`, entry.el);
  }
  seen.add(entry.id);
}

function checkEntryUrls(entry: ResourceEntry, report: Report, base: string): void {
  const values = [entry.defaultValue ?? "", ...entry.overrides.map((o) => o.value)];
  for (const url of values) {
    if (!isUnderBase(url, base)) {
      report("URL_NOT_DEV", `资源 “${entry.id}” 的地址应以 ${base} 开头：“${url}”`, `resource "${entry.id}" URL must start with ${base}: "${url}"`, entry.el);
    }
  }
}

function checkEntryStrings(entry: ResourceEntry, users: readonly XmlElement[], report: Report): void {
  const max = entry.kind === "short" ? SHORT_MAX : LONG_MAX;
  const value = entry.defaultValue ?? "";
  if (value.trim() === "" || value.length > max) {
    report("TEXT_INVALID", `字符串资源 “${entry.id}” 应为 1–${max} 个字符`, `string resource "${entry.id}" must be 1–${max} characters`, entry.el);
  }
  const en = entry.overrides.find((o) => o.locale.toLowerCase() === EN_US);
  const where = users.map(shortPath).join(", ") || "—";
  if (en === undefined || en.value.trim() === "") {
    report("OVERRIDE_MISSING", `字符串资源 “${entry.id}”（用于 ${where}）缺少 en-US 的 bt:Override`, `string resource "${entry.id}" (used by ${where}) has no en-US <bt:Override>`, entry.el);
  } else if (en.value.length > max) {
    report("TEXT_INVALID", `字符串资源 “${entry.id}” 的 en-US 文本超过 ${max} 个字符`, `string resource "${entry.id}" en-US value is longer than ${max} characters`, en.el);
  }
}
