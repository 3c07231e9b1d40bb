// VersionOverrides v1.0 for Excel: the Workbook host, the function file, and
// each ribbon group and control with its label, supertip, icons and action.
import type { Report } from "./problems";
import { attr, child, childrenNamed, descendants, shortPath, type XmlElement } from "./xml-tree";

const OVERRIDES_NS = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
// Icon sizes: 16, 32 and 80 are required; the rest are optional extras.
const REQUIRED_ICON_SIZES = [16, 32, 80];
const ALLOWED_ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];
const CONTROL_TYPES = ["Button", "Menu"];

export interface FunctionCommand {
  readonly name: string;
  readonly control: XmlElement;
}

export interface RibbonSummary {
  readonly controls: number;
  readonly functions: readonly FunctionCommand[];
}

export function checkRibbon(root: XmlElement, report: Report): RibbonSummary {
  const overrides = child(root, "VersionOverrides");
  if (overrides === undefined) {
    report("ELEMENT_MISSING", "缺少 VersionOverrides（功能区命令）", "VersionOverrides (ribbon commands) is missing", root);
    return { controls: 0, functions: [] };
  }
  if (overrides.ns !== OVERRIDES_NS || attr(overrides, "type") !== "VersionOverridesV1_0") {
    report("NAMESPACE_INVALID", `VersionOverrides 应为 xmlns="${OVERRIDES_NS}" xsi:type="VersionOverridesV1_0"`, `VersionOverrides must have xmlns="${OVERRIDES_NS}" and xsi:type="VersionOverridesV1_0"`, overrides);
  }
  const host = childrenNamed(child(overrides, "Hosts"), "Host").find((h) => attr(h, "type") === "Workbook");
  if (host === undefined) {
    report("HOST_MISSING", "VersionOverrides 中缺少 <Host xsi:type=\"Workbook\">", 'VersionOverrides lacks <Host xsi:type="Workbook">', overrides);
    return { controls: 0, functions: [] };
  }
  const desktop = child(host, "DesktopFormFactor");
  if (desktop === undefined) {
    report("ELEMENT_MISSING", "Workbook 主机缺少 DesktopFormFactor", "the Workbook host has no DesktopFormFactor", host);
    return { controls: 0, functions: [] };
  }
  return checkDesktop(desktop, report);
}

function checkDesktop(desktop: XmlElement, report: Report): RibbonSummary {
  const ids = new Set<string>();
  const functions: FunctionCommand[] = [];
  let controls = 0;
  for (const point of childrenNamed(desktop, "ExtensionPoint")) {
    for (const group of descendants(point).filter((el) => el.local === "Group")) {
      checkId(group, ids, report);
      checkLabelAndIcon(group, report);
      const groupControls = childrenNamed(group, "Control");
      if (groupControls.length === 0) {
        report("CONTROL_INVALID", `功能区组 ${shortPath(group)} 没有任何控件`, `ribbon group ${shortPath(group)} has no controls`, group);
      }
      for (const control of groupControls) {
        controls += 1;
        checkId(control, ids, report);
        const fn = checkControl(control, report);
        if (fn !== undefined) functions.push(fn);
      }
    }
  }
  if (functions.length > 0 && child(desktop, "FunctionFile") === undefined) {
    report("FUNCTION_FILE_MISSING", "有 ExecuteFunction 按钮但缺少 <FunctionFile resid=…>", "ExecuteFunction buttons need a <FunctionFile resid=…>", desktop);
  }
  return { controls, functions };
}

function checkId(el: XmlElement, ids: Set<string>, report: Report): void {
  const id = attr(el, "id") ?? "";
  if (id === "") report("CONTROL_INVALID", `${el.local} 缺少 id`, `${el.local} has no id`, el);
  else if (ids.has(id)) report("CONTROL_DUPLICATE_ID", `id “${id}” 重复`, `id "${id}" is used more than once`, el);
  ids.add(id);
}

function checkLabelAndIcon(el: XmlElement, report: Report): void {
  if (attr(child(el, "Label"), "resid") === undefined) {
    report("CONTROL_INVALID", `${shortPath(el)} 缺少 <Label resid=…>`, `${shortPath(el)} has no <Label resid=…>`, el);
  }
  const icon = child(el, "Icon");
  const sizes = childrenNamed(icon, "Image").map((img) => Number(attr(img, "size")));
  const missing = REQUIRED_ICON_SIZES.filter((s) => !sizes.includes(s));
  const odd = sizes.filter((s) => !ALLOWED_ICON_SIZES.includes(s));
  if (missing.length > 0 || odd.length > 0) {
    report("ICON_SIZES", `${shortPath(el)} 的图标需要 16、32、80 三种尺寸，且只能用 ${ALLOWED_ICON_SIZES.join("/")}（缺：${missing.join(",") || "—"}；多余：${odd.join(",") || "—"}）`, `${shortPath(el)} icons need sizes 16, 32 and 80, and only ${ALLOWED_ICON_SIZES.join("/")} are allowed (missing: ${missing.join(",") || "—"}; not allowed: ${odd.join(",") || "—"})`, icon ?? el);
  }
}

function checkControl(control: XmlElement, report: Report): FunctionCommand | undefined {
  const type = attr(control, "type") ?? "";
  if (!CONTROL_TYPES.includes(type)) {
    report("CONTROL_INVALID", `控件 ${shortPath(control)} 的 xsi:type “${type}” 无效`, `control ${shortPath(control)} has an invalid xsi:type "${type}"`, control);
  }
  checkLabelAndIcon(control, report);
  const tip = child(control, "Supertip");
  if (attr(child(tip, "Title"), "resid") === undefined || attr(child(tip, "Description"), "resid") === undefined) {
    report("CONTROL_INVALID", `控件 ${shortPath(control)} 需要 Supertip（Title 和 Description）`, `control ${shortPath(control)} needs a Supertip with Title and Description`, control);
  }
  if (type !== "Button") return undefined;
  const action = child(control, "Action");
  const kind = attr(action, "type");
  if (action !== undefined && kind === "ExecuteFunction") {
    const name = child(action, "FunctionName")?.text ?? "";
    if (name === "") report("CONTROL_INVALID", `控件 ${shortPath(control)} 的 FunctionName 为空`, `control ${shortPath(control)} has an empty FunctionName`, action);
    return name === "" ? undefined : { name, control };
  }
  if (action !== undefined && kind === "ShowTaskpane") {
    if (attr(child(action, "SourceLocation"), "resid") === undefined) {
      report("CONTROL_INVALID", `控件 ${shortPath(control)} 的 ShowTaskpane 缺少 SourceLocation`, `control ${shortPath(control)}: ShowTaskpane has no SourceLocation`, action);
    }
    return undefined;
  }
  report("CONTROL_INVALID", `控件 ${shortPath(control)} 需要 ExecuteFunction 或 ShowTaskpane 类型的 Action`, `control ${shortPath(control)} needs an Action of type ExecuteFunction or ShowTaskpane`, action ?? control);
  return undefined;
}
