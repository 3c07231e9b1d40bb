import { z } from "zod/mini";
import type { AdoptionScaleFile, GroupsFile, TargetsFile } from "./data-schemas";
import { adoptionScaleFileSchema, groupsFileSchema, targetsFileSchema } from "./data-schemas";
import type { Rubric } from "./rubric-schema";
import { rubricSchema } from "./rubric-schema";
import { zodMessagesZhCn } from "./zod-messages-zh-cn";

export type RubricFile = Rubric | GroupsFile | TargetsFile | AdoptionScaleFile;

export type RubricFileResult = { readonly ok: true; readonly file: RubricFile } | { readonly ok: false; readonly errors: readonly string[] };

const SCHEMAS: Readonly<Record<RubricFile["kind"], z.ZodMiniType<RubricFile>>> = {
  rubric: rubricSchema,
  groups: groupsFileSchema,
  targets: targetsFileSchema,
  "adoption-scale": adoptionScaleFileSchema,
};

/**
 * zod/mini (the add-in's bundles carry it rather than classic zod: a fraction
 * of the size) sets no default locale, so English, zod's own default wording,
 * is given to each parse; the Chinese map falls back to it where it says
 * nothing, as classic zod's global English did.
 */
const english: z.core.$ZodErrorMap = z.locales.en().localeError;
const chinese: z.core.$ZodErrorMap = (issue) => zodMessagesZhCn(issue) ?? english(issue);

/** "items.3.points" → "item 组织领导/工作保障/工作部署 (items[3]).points", so a message names the item. */
function describePath(value: unknown, path: readonly PropertyKey[]): string {
  let where = "";
  let node: unknown = value;
  for (const key of path) {
    node = node !== null && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === "number") {
      const id = node !== null && typeof node === "object" ? ((node as { id?: unknown; name?: unknown }).id ?? (node as { name?: unknown }).name) : undefined;
      where += typeof id === "string" ? `[${key}: ${id}]` : `[${key}]`;
    } else {
      where += where === "" ? String(key) : `.${String(key)}`;
    }
  }
  return where;
}

/**
 * Validates one rubric-directory file of any kind. Never throws: a wrong
 * file is a list of messages naming the item, for `kaohe rubric check`.
 */
export function parseRubricFile(value: unknown): RubricFileResult {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return { ok: false, errors: ["文件内容须为 JSON 对象 / the file must hold a JSON object"] };
  const kind = (value as { kind?: unknown }).kind;
  const schema = typeof kind === "string" && Object.hasOwn(SCHEMAS, kind) ? SCHEMAS[kind as RubricFile["kind"]] : undefined;
  if (!schema) return { ok: false, errors: [`kind 须为 ${Object.keys(SCHEMAS).join("、")} 之一 / kind must be one of ${Object.keys(SCHEMAS).join(", ")}`] };
  const parsed = schema.safeParse(value, { error: english });
  if (parsed.success) return { ok: true, file: parsed.data };
  // The same issues in Chinese, in the same order: zod's zh-CN locale for its own checks; ours are bilingual already.
  const inChinese = schema.safeParse(value, { error: chinese }).error?.issues ?? [];
  return {
    ok: false,
    errors: parsed.error.issues.map((issue, i) => {
      const zh = inChinese[i]?.message;
      const message = issue.code === "custom" || zh === undefined || zh === issue.message ? issue.message : `${zh} / ${issue.message}`;
      const where = describePath(value, issue.path);
      return issue.code === "custom" || where === "" ? message : `${where}: ${message}`;
    }),
  };
}
