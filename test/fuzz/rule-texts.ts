// Every rule text of the bundled rubrics (扣分办法, 评分标准, 加分标准 …), the
// seeds the parser fuzz mutates: real sentences, so mutations stay close to
// what assessors paste.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const RUBRICS = join(__dirname, "..", "..", "rubrics");

function textsOf(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) for (const v of node) textsOf(v, into);
  else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if ((key === "rule" || key === "bonusRule") && typeof value === "string" && value.trim() !== "") into.add(value);
      else textsOf(value, into);
    }
  }
}

export function realRuleTexts(): string[] {
  const texts = new Set<string>();
  for (const file of readdirSync(RUBRICS).filter((f) => f.endsWith(".json")).sort()) {
    textsOf(JSON.parse(readFileSync(join(RUBRICS, file), "utf8")), texts);
  }
  return [...texts];
}
