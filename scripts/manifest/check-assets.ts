// Icon URLs must point at files that exist in assets/ (a missing icon shows as
// a blank button, and Office caches that), and a ribbon icon declared as
// size N must really be N×N pixels.
import { DEV_BASE, pathUnderBase } from "./dev-url";
import type { Report } from "./problems";
import type { ResourceEntry } from "./resources";
import { attr, child, childrenNamed, descendants, shortPath, type XmlElement } from "./xml-tree";

/** Reads a file given its path relative to the manifest; undefined if it does not exist. */
export type AssetReader = (relativePath: string) => Uint8Array | undefined;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 24 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

interface ImageUse {
  readonly url: string;
  readonly el: XmlElement;
}

function imageUses(root: XmlElement, entries: readonly ResourceEntry[]): ImageUse[] {
  const uses: ImageUse[] = [];
  for (const el of [child(root, "IconUrl"), child(root, "HighResolutionIconUrl")]) {
    if (el === undefined) continue;
    uses.push({ url: attr(el, "DefaultValue") ?? "", el });
    for (const o of childrenNamed(el, "Override")) uses.push({ url: attr(o, "Value") ?? "", el: o });
  }
  for (const e of entries.filter((x) => x.kind === "image")) {
    uses.push({ url: e.defaultValue ?? "", el: e.el });
    for (const o of e.overrides) uses.push({ url: o.value, el: o.el });
  }
  return uses;
}

export function checkAssets(root: XmlElement, entries: readonly ResourceEntry[], read: AssetReader, report: Report, base: string = DEV_BASE): void {
  const cache = new Map<string, Uint8Array | undefined>();
  const load = (path: string): Uint8Array | undefined => {
    if (!cache.has(path)) cache.set(path, read(path));
    return cache.get(path);
  };

  for (const { url, el } of imageUses(root, entries)) {
    const path = pathUnderBase(url, base);
    if (path === undefined) continue; // Not a dev URL: reported by the URL checks.
    const bytes = load(path);
    if (bytes === undefined) {
      report("ICON_MISSING", `图标文件不存在：${path}（${url}）`, `icon file not found: ${path} (${url})`, el);
    } else if (path.toLowerCase().endsWith(".png") && pngSize(bytes) === undefined) {
      report("ICON_INVALID", `图标文件不是有效的 PNG：${path}`, `icon file is not a valid PNG: ${path}`, el);
    }
  }

  // The help page ships beside the icons (assets/), so it must exist as well.
  const support = child(root, "SupportUrl");
  const supportPath = pathUnderBase(attr(support ?? root, "DefaultValue") ?? "", base);
  if (support !== undefined && supportPath !== undefined && load(supportPath) === undefined) {
    report("SUPPORT_PAGE_MISSING", `帮助页面不存在：${supportPath}`, `support page not found: ${supportPath}`, support);
  }

  // Size check: <bt:Image size="16" resid="…"/> inside an <Icon>, once per pair.
  const byId = new Map(entries.map((e) => [e.id, e]));
  const checked = new Set<string>();
  for (const ref of descendants(root).filter((el) => el.local === "Image" && attr(el, "size") !== undefined)) {
    const size = Number(attr(ref, "size"));
    const resid = attr(ref, "resid") ?? "";
    if (checked.has(`${resid}@${size}`)) continue;
    checked.add(`${resid}@${size}`);
    const path = pathUnderBase(byId.get(resid)?.defaultValue ?? "", base);
    const bytes = path === undefined ? undefined : load(path);
    const dims = bytes === undefined ? undefined : pngSize(bytes);
    if (dims !== undefined && (dims.width !== size || dims.height !== size)) {
      report("ICON_SIZE_MISMATCH", `${shortPath(ref, 3)} 声明 ${size}×${size}，但 “${resid}” 指向的 ${path ?? ""} 是 ${dims.width}×${dims.height}`, `${shortPath(ref, 3)} declares ${size}×${size}, but ${path ?? ""} ("${resid}") is ${dims.width}×${dims.height}`, ref);
    }
  }
}
