import type { Catalog, CatalogSource } from "../core";
import { buildCatalog } from "../core";
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

/**
 * Every file of rubrics/, imported statically so webpack puts them in the
 * pane and commands bundles and no host fetches a rubric at run time. It
 * lives outside src/core because it is a build-time dependency on the
 * rubrics folder; the core takes the catalog as a value (see
 * core/rubric/catalog.ts). Validated with the rubric schema when first
 * loaded. A test checks this list against the folder: add a file there, add
 * it here.
 */
export const BUNDLED_FILES: readonly CatalogSource[] = [
  { name: "checklist-2013-county.json", json: checklist2013County },
  { name: "checklist-2013-department.json", json: checklist2013Department },
  { name: "panzhihua-2016-efficiency.json", json: panzhihua2016Efficiency },
  { name: "panzhihua-2016-info-city.json", json: panzhihua2016InfoCity },
  { name: "panzhihua-2016-info-county.json", json: panzhihua2016InfoCounty },
  { name: "panzhihua-2016-info-points.json", json: panzhihua2016InfoPoints },
  { name: "panzhihua-2016-info-targets.json", json: panzhihua2016InfoTargets },
  { name: "panzhihua-2016-info-vanadium.json", json: panzhihua2016InfoVanadium },
  { name: "panzhihua-2016-openness.json", json: panzhihua2016Openness },
  { name: "sanhe-2018-department.json", json: sanhe2018Department },
  { name: "sanhe-2018-groups.json", json: sanhe2018Groups },
  { name: "sanhe-2018-town.json", json: sanhe2018Town },
  { name: "yueyang-county.json", json: yueyangCounty },
  { name: "yueyang-department.json", json: yueyangDepartment },
  { name: "zhangzi-2023-b.json", json: zhangzi2023B },
];

let loaded: Catalog | undefined;

const idOf = (json: unknown): unknown => (typeof json === "object" && json !== null && "id" in json ? json.id : undefined);

/**
 * Only the bundled files of these ids, validated: what `kaohe score --rubric
 * ID` needs, without validating the fourteen other files on every run (a
 * twentieth of the process). The whole catalog, once built, serves instead.
 */
export function bundledFilesById(ids: ReadonlySet<string>): Catalog {
  return loaded ?? buildCatalog(BUNDLED_FILES.filter((f) => ids.has(String(idOf(f.json)))));
}

/** The bundled catalog, validated once on first use (a schema failure throws, naming the file and item). */
export function bundledCatalog(): Catalog {
  loaded ??= buildCatalog(BUNDLED_FILES);
  return loaded;
}
