// The <Resources> table of VersionOverrides: every bt:Image, bt:Url and
// bt:String with its kind, so a resid can be resolved and its kind checked.
import { attr, child, childrenNamed, type XmlElement } from "./xml-tree";

export type ResourceKind = "image" | "url" | "short" | "long";

export interface ResourceEntry {
  readonly id: string;
  readonly kind: ResourceKind;
  readonly el: XmlElement;
  readonly defaultValue: string | undefined;
  readonly overrides: ReadonlyArray<{ readonly locale: string; readonly value: string; readonly el: XmlElement }>;
}

const GROUPS: ReadonlyArray<readonly [group: string, item: string, kind: ResourceKind]> = [
  ["Images", "Image", "image"],
  ["Urls", "Url", "url"],
  ["ShortStrings", "String", "short"],
  ["LongStrings", "String", "long"],
];

export const KIND_NAMES: Readonly<Record<ResourceKind, string>> = {
  image: "bt:Images/bt:Image",
  url: "bt:Urls/bt:Url",
  short: "bt:ShortStrings/bt:String",
  long: "bt:LongStrings/bt:String",
};

export function resourcesElement(root: XmlElement): XmlElement | undefined {
  return child(child(root, "VersionOverrides"), "Resources");
}

/** All entries in document order; duplicates are kept so they can be reported. */
export function listResources(root: XmlElement): ResourceEntry[] {
  const resources = resourcesElement(root);
  const entries: ResourceEntry[] = [];
  for (const [group, item, kind] of GROUPS) {
    for (const el of childrenNamed(child(resources, group), item)) {
      entries.push({
        id: attr(el, "id") ?? "",
        kind,
        el,
        defaultValue: attr(el, "DefaultValue"),
        overrides: childrenNamed(el, "Override").map((o) => ({
          locale: attr(o, "Locale") ?? "",
          value: attr(o, "Value") ?? "",
          el: o,
        })),
      });
    }
  }
  return entries;
}

export function indexResources(entries: readonly ResourceEntry[]): ReadonlyMap<string, ResourceEntry> {
  const byId = new Map<string, ResourceEntry>();
  for (const e of entries) if (!byId.has(e.id)) byId.set(e.id, e);
  return byId;
}
