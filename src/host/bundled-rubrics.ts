/**
 * Every file under rubrics/, bundled into the pane and commands (webpack
 * inlines JSON imports): the add-ins score by the official rubrics without
 * fetching anything at run time. Parsed once, with the same zod schemas as
 * `kaohe rubric check`; a bundled file that fails them is a build defect
 * (test/host/bundled-rubrics.test.ts).
 */
import type { Rubric, ScoreOptions } from "../core";
import { parseRubricFile } from "../core";
import type { RubricFile } from "../core/rubric/parse-rubric-file";
import checklist2013County from "../../rubrics/checklist-2013-county.json";
import checklist2013Department from "../../rubrics/checklist-2013-department.json";
import panzhihua2016Efficiency from "../../rubrics/panzhihua-2016-efficiency.json";
import panzhihua2016InfoCity from "../../rubrics/panzhihua-2016-info-city.json";
import panzhihua2016InfoCounty from "../../rubrics/panzhihua-2016-info-county.json";
import panzhihua2016InfoPoints from "../../rubrics/panzhihua-2016-info-points.json";
import panzhihua2016InfoTargets from "../../rubrics/panzhihua-2016-info-targets.json";
import panzhihua2016InfoVanadium from "../../rubrics/panzhihua-2016-info-vanadium.json";
import panzhihua2016Openness from "../../rubrics/panzhihua-2016-openness.json";
import sanhe2018Department from "../../rubrics/sanhe-2018-department.json";
import sanhe2018Groups from "../../rubrics/sanhe-2018-groups.json";
import sanhe2018Town from "../../rubrics/sanhe-2018-town.json";
import yueyangCounty from "../../rubrics/yueyang-county.json";
import yueyangDepartment from "../../rubrics/yueyang-department.json";
import zhangzi2023B from "../../rubrics/zhangzi-2023-b.json";

const RAW: readonly unknown[] = [checklist2013County, checklist2013Department, panzhihua2016Efficiency, panzhihua2016InfoCity, panzhihua2016InfoCounty, panzhihua2016InfoPoints, panzhihua2016InfoTargets, panzhihua2016InfoVanadium, panzhihua2016Openness, sanhe2018Department, sanhe2018Groups, sanhe2018Town, yueyangCounty, yueyangDepartment, zhangzi2023B];

let parsed: readonly RubricFile[] | undefined;

/** Every bundled file of every kind (rubrics, groups, targets, 计分标准), validated. */
export function bundledFiles(): readonly RubricFile[] {
  parsed ??= RAW.flatMap((json) => {
    const result = parseRubricFile(json);
    return result.ok ? [result.file] : [];
  });
  return parsed;
}

/** Every bundled rubric (kind "rubric"), the candidates of --rubric auto. */
export function bundledRubrics(): readonly Rubric[] {
  return bundledFiles().flatMap((f) => (f.kind === "rubric" ? [f] : []));
}

/** The bundled groups files (三河 分组名单), for 生成汇总. */
export function bundledGroups(): readonly Extract<RubricFile, { kind: "groups" }>[] {
  return bundledFiles().flatMap((f) => (f.kind === "groups" ? [f] : []));
}

/** The data files (targets, adoption scales) the given rubrics refer to by id, as the CLI's dataFor. */
export function bundledDataFor(rubrics: readonly Rubric[]): NonNullable<ScoreOptions["data"]> {
  const ids = (pick: (r: Rubric) => string | undefined): Set<string> => new Set(rubrics.flatMap((r) => pick(r) ?? []));
  const targets = ids((r) => r.targets);
  const scales = ids((r) => r.adoptionScale);
  const files = bundledFiles();
  return {
    targets: files.flatMap((f) => (f.kind === "targets" && targets.has(f.id) ? [f] : [])),
    scales: files.flatMap((f) => (f.kind === "adoption-scale" && scales.has(f.id) ? [f] : [])),
  };
}

/** What `--rubric auto` scores with: every bundled rubric as a candidate, with the data they use. */
export function autoScoreOptions(): ScoreOptions {
  const candidates = bundledRubrics();
  return { candidates, data: bundledDataFor(candidates) };
}
