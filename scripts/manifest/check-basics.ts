// The part of the manifest outside VersionOverrides: identity, locale,
// names, hosts, requirements, permissions, domains and the base URLs.
import { DEV_BASE, isBaseDomain, isUnderBase } from "./dev-url";
import { EN_US, LONG_MAX, SHORT_MAX } from "./limits";
import type { Report } from "./problems";
import { attr, child, childrenNamed, descendants, type XmlElement } from "./xml-tree";

const OFFICE_APP_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

// TaskPaneApp is an xs:sequence in OfficeAppManifestV1_1.xsd: order matters.
const TOP_LEVEL_ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description",
  "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements",
  "DefaultSettings", "Permissions", "Dictionary", "VersionOverrides", "ExtendedOverrides",
];
const REQUIRED = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings", "Permissions"];

const TASKPANE_PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];
const MAIL_PERMISSIONS = ["ReadItem", "ReadWriteItem", "ReadWriteMailbox"];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/;

export function checkBasics(root: XmlElement, report: Report, base: string = DEV_BASE): void {
  checkRoot(root, report);
  checkOrder(root, report);
  checkIdentity(root, report);
  checkLocaleAware(child(root, "DisplayName"), "DisplayName", SHORT_MAX, report);
  checkLocaleAware(child(root, "Description"), "Description", LONG_MAX, report);
  checkHostsAndRequirements(root, report);
  checkPermissions(root, report);
  checkBaseUrls(root, report, base);
}

function checkRoot(root: XmlElement, report: Report): void {
  if (root.local !== "OfficeApp") {
    report("ROOT_INVALID", `根元素应为 OfficeApp，实为 ${root.name}`, `root element must be OfficeApp, found ${root.name}`, root);
  }
  if (root.ns !== OFFICE_APP_NS) {
    report("NAMESPACE_INVALID", `OfficeApp 的命名空间应为 ${OFFICE_APP_NS}`, `OfficeApp must be in namespace ${OFFICE_APP_NS}, found ${root.ns ?? "none"}`, root);
  }
  const typeAttr = [...root.attrs.keys()].find((k) => k.endsWith(":type"));
  if (typeAttr === undefined || root.attrs.get(typeAttr) !== "TaskPaneApp") {
    report("ROOT_INVALID", "OfficeApp 缺少 xsi:type=\"TaskPaneApp\"", 'OfficeApp needs xsi:type="TaskPaneApp"', root);
  } else if (root.attrs.get(`xmlns:${typeAttr.split(":")[0] ?? ""}`) !== XSI_NS) {
    report("NAMESPACE_INVALID", `${typeAttr} 的前缀未绑定到 ${XSI_NS}`, `the prefix of ${typeAttr} is not bound to ${XSI_NS}`, root);
  }
  for (const el of [root, ...descendants(root)]) {
    if (el.ns === undefined) {
      report("NAMESPACE_INVALID", `元素 ${el.name} 的命名空间前缀未声明`, `element ${el.name} uses an undeclared namespace prefix`, el);
    }
  }
}

function checkOrder(root: XmlElement, report: Report): void {
  let last = -1;
  const seen = new Set<string>();
  for (const el of root.children) {
    const at = TOP_LEVEL_ORDER.indexOf(el.local);
    if (at < 0) {
      report("ELEMENT_UNEXPECTED", `OfficeApp 下不应有 <${el.name}>`, `unexpected <${el.name}> under OfficeApp`, el);
      continue;
    }
    if (seen.has(el.local)) {
      report("ELEMENT_UNEXPECTED", `<${el.local}> 重复出现`, `<${el.local}> appears more than once`, el);
    } else if (at < last) {
      report("ELEMENT_ORDER", `<${el.local}> 的位置不符合架构顺序（${TOP_LEVEL_ORDER.join(", ")}）`, `<${el.local}> is out of schema order (${TOP_LEVEL_ORDER.join(", ")})`, el);
    }
    seen.add(el.local);
    last = Math.max(last, at);
  }
  for (const name of REQUIRED) {
    if (!seen.has(name)) report("ELEMENT_MISSING", `缺少必需元素 <${name}>`, `required element <${name}> is missing`, root);
  }
}

function checkIdentity(root: XmlElement, report: Report): void {
  const id = child(root, "Id");
  if (id !== undefined && !GUID.test(id.text)) {
    report("ID_INVALID", `Id 不是 GUID：“${id.text}”`, `Id is not a GUID: "${id.text}"`, id);
  }
  const version = child(root, "Version");
  if (version !== undefined && (!VERSION.test(version.text) || version.text.split(".").some((n) => Number(n) > 65535))) {
    report("VERSION_INVALID", `Version 应为 a.b.c.d 四段数字（每段 ≤ 65535）：“${version.text}”`, `Version must be a.b.c.d, each part at most 65535: "${version.text}"`, version);
  }
  const provider = child(root, "ProviderName");
  if (provider !== undefined && (provider.text === "" || provider.text.length > SHORT_MAX)) {
    report("TEXT_INVALID", `ProviderName 应为 1–${SHORT_MAX} 个字符`, `ProviderName must be 1–${SHORT_MAX} characters`, provider);
  }
  const locale = child(root, "DefaultLocale");
  if (locale !== undefined && locale.text !== "zh-CN") {
    report("LOCALE_INVALID", `DefaultLocale 应为 zh-CN，实为“${locale.text}”`, `DefaultLocale must be zh-CN, found "${locale.text}"`, locale);
  }
}

/** DisplayName, Description: a default value and an en-US override, both within the limit. */
function checkLocaleAware(el: XmlElement | undefined, name: string, max: number, report: Report): void {
  if (el === undefined) return;
  const value = attr(el, "DefaultValue") ?? "";
  if (value.trim() === "" || value.length > max) {
    report("TEXT_INVALID", `${name} 的 DefaultValue 应为 1–${max} 个字符`, `${name} DefaultValue must be 1–${max} characters`, el);
  }
  const en = childrenNamed(el, "Override").find((o) => attr(o, "Locale")?.toLowerCase() === EN_US);
  if (en === undefined || (attr(en, "Value") ?? "").trim() === "") {
    report("OVERRIDE_MISSING", `${name} 缺少 en-US 的 Override`, `${name} has no en-US <Override>`, el);
  } else if ((attr(en, "Value") ?? "").length > max) {
    report("TEXT_INVALID", `${name} 的 en-US 文本超过 ${max} 个字符`, `${name} en-US value is longer than ${max} characters`, en);
  }
}

function checkHostsAndRequirements(root: XmlElement, report: Report): void {
  const hosts = childrenNamed(child(root, "Hosts"), "Host").map((h) => attr(h, "Name"));
  if (!hosts.includes("Workbook")) {
    report("HOST_MISSING", "Hosts 中缺少 <Host Name=\"Workbook\"/>（Excel）", 'Hosts lacks <Host Name="Workbook"/> (Excel)', child(root, "Hosts") ?? root);
  }
  const sets = childrenNamed(child(child(root, "Requirements"), "Sets"), "Set");
  const excel = sets.find((s) => attr(s, "Name") === "ExcelApi");
  if (excel === undefined) {
    report("REQUIREMENT_INVALID", "Requirements 中缺少 ExcelApi 要求集", "Requirements lacks an ExcelApi set", child(root, "Requirements") ?? root);
  } else if (!/^1\.\d+$/.test(attr(excel, "MinVersion") ?? "")) {
    report("REQUIREMENT_INVALID", `ExcelApi 的 MinVersion 无效：“${attr(excel, "MinVersion") ?? ""}”`, `ExcelApi MinVersion is not valid: "${attr(excel, "MinVersion") ?? ""}"`, excel);
  }
}

function checkPermissions(root: XmlElement, report: Report): void {
  const el = child(root, "Permissions");
  if (el === undefined) return;
  if (MAIL_PERMISSIONS.includes(el.text)) {
    report("PERMISSION_INVALID", `Permissions “${el.text}” 只用于 Outlook 邮件加载项`, `Permissions "${el.text}" is for Outlook mail add-ins only`, el);
  } else if (!TASKPANE_PERMISSIONS.includes(el.text)) {
    report("PERMISSION_INVALID", `未知的 Permissions “${el.text}”（可用：${TASKPANE_PERMISSIONS.join(", ")}）`, `unknown Permissions "${el.text}" (allowed: ${TASKPANE_PERMISSIONS.join(", ")})`, el);
  }
}

/** URLs written inline (not by resid) in the base manifest, and AppDomains. */
function checkBaseUrls(root: XmlElement, report: Report, base: string): void {
  const settings = child(root, "DefaultSettings");
  const source = child(settings, "SourceLocation");
  if (settings !== undefined && source === undefined) {
    report("ELEMENT_MISSING", "DefaultSettings 缺少 SourceLocation", "DefaultSettings has no SourceLocation", settings);
  }
  // Office's add-in dialogs link to SupportUrl; AppSource and central deployment expect one.
  if (child(root, "SupportUrl") === undefined) {
    report("SUPPORT_URL_MISSING", "缺少 SupportUrl（帮助页面地址）", "no SupportUrl (the help page's address)", root);
  }
  const inline = [child(root, "IconUrl"), child(root, "HighResolutionIconUrl"), child(root, "SupportUrl"), source];
  for (const el of inline) {
    if (el === undefined) continue;
    const values = [attr(el, "DefaultValue") ?? "", ...childrenNamed(el, "Override").map((o) => attr(o, "Value") ?? "")];
    for (const url of values) {
      if (!isUnderBase(url, base)) {
        report("URL_NOT_DEV", `${el.local} 的地址应以 ${base} 开头：“${url}”`, `${el.local} URL must start with ${base}: "${url}"`, el);
      }
    }
  }
  for (const domain of childrenNamed(child(root, "AppDomains"), "AppDomain")) {
    if (!isBaseDomain(domain.text, base)) {
      report("APPDOMAIN_INVALID", `AppDomains 只允许 ${new URL(base).hostname}，发现“${domain.text}”`, `AppDomains may only list ${new URL(base).hostname}, found "${domain.text}"`, domain);
    }
  }
}
