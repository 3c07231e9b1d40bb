import type { Locale } from "../findings/messages";
import type { Rubric } from "../rubric/rubric-schema";
import type { ConfidenceLevel, TableChoice } from "./rubric-choice";

const LEVEL: Readonly<Record<Locale, Readonly<Record<ConfidenceLevel, string>>>> = {
  "zh-CN": { high: "高", medium: "中", low: "低" },
  "en-US": { high: "high", medium: "medium", low: "low" },
};

/** A rubric's name as people say it: its title, with whom it assesses when the title does not say (三河 prints two tables under one title). */
export function rubricName(rubric: Rubric): string {
  return rubric.assesses !== "" && !rubric.title.includes(rubric.assesses) ? `${rubric.title}（${rubric.assesses}）` : rubric.title;
}

/** "按《三河市2018年政务公开工作考核指标（各镇区、街道办）》评分" or "按表内评分标准". */
export function choiceLabel(table: TableChoice, locale: Locale = "zh-CN"): string {
  if (locale === "en-US") return table.rubric ? `Scored by “${rubricName(table.rubric)}”` : "Scored by the sheet's own rules";
  return table.rubric ? `按《${rubricName(table.rubric)}》评分` : "按表内评分标准";
}

/** The level a pane shows (高/中/低). */
export function confidenceLabel(table: TableChoice, locale: Locale = "zh-CN"): string {
  return LEVEL[locale][table.confidence];
}

/** Why the table is scored so, with the counts behind the level. */
export function choiceReasonText(table: TableChoice, locale: Locale = "zh-CN"): string {
  const s = table.stats;
  const zh = locale === "zh-CN";
  const counts = s
    ? zh
      ? `表中 ${s.rows} 行有 ${s.matched} 行对应细则 ${s.items} 项${s.pointsDiffer > 0 ? `，${s.pointsDiffer} 项分值不同` : ""}，${s.sameWords} 项文字一致`
      : `${s.matched} of ${s.rows} rows match the rubric's ${s.items} items${s.pointsDiffer > 0 ? `, ${s.pointsDiffer} with other points` : ""}, ${s.sameWords} word for word`
    : "";
  const join = (head: string): string => (counts === "" ? head : `${head}${zh ? "：" : ": "}${counts}`);
  switch (table.reason) {
    case "matched":
      return join(zh ? "自动匹配" : "matched automatically");
    case "no-match":
      return join(zh ? "没有内置细则与此表对应，按表内文字评分" : "no bundled rubric matches; read from the sheet's own text");
    case "stored":
      return join(zh ? "按工作簿中保存的选择" : "as chosen and stored in the workbook");
    case "explicit":
      return join(zh ? "按命令行指定的细则" : "as given with --rubric");
    case "stored-fallback":
      return join(zh ? "保存的选择无法使用，已改为自动匹配" : "the stored choice cannot be used; matched automatically");
  }
}
