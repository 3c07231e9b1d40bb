// The bundled catalog (src/catalog/bundled.ts) is what the add-in ships and
// the CLI looks ids up in: it must hold exactly the files of rubrics/, each
// as the file says, validated.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BUNDLED_FILES, bundledCatalog } from "../../src/catalog/bundled";
import { catalogIds } from "../../src/core";
import { loadGroupsOption, loadRubricOption, rubricScoreOptions } from "../../src/cli/load-rubric";

const RUBRICS = join(__dirname, "..", "..", "rubrics");
const onDisk = readdirSync(RUBRICS).filter((f) => f.endsWith(".json")).sort();

describe("bundled catalog", () => {
  test("holds exactly the files in rubrics/", () => {
    expect(BUNDLED_FILES.map((f) => f.name).sort()).toEqual(onDisk);
  });

  test.each(onDisk)("%s is bundled as the file says", (name) => {
    const bundled = BUNDLED_FILES.find((f) => f.name === name);
    expect(bundled?.json).toEqual(JSON.parse(readFileSync(join(RUBRICS, name), "utf8")));
  });

  test("every file validates and is filed by its kind, with its file name as id", () => {
    const catalog = bundledCatalog();
    expect(catalogIds(catalog).sort()).toEqual(onDisk.map((f) => f.replace(/\.json$/, "")).sort());
    expect(catalog.rubrics.map((r) => r.id)).toContain("sanhe-2018-town");
    expect(catalog.groups.map((g) => g.id)).toEqual(["sanhe-2018-groups"]);
    expect(catalog.targets.map((t) => t.id)).toEqual(["panzhihua-2016-info-targets"]);
    expect(catalog.scales.map((s) => s.id)).toEqual(["panzhihua-2016-info-points"]);
  });

  test("the CLI looks bundled ids up in the same catalog", () => {
    const catalog = bundledCatalog();
    expect(loadRubricOption("yueyang-county")).toBe(catalog.rubrics.find((r) => r.id === "yueyang-county"));
    expect(loadGroupsOption("sanhe-2018-groups")).toBe(catalog.groups[0]);
    const auto = rubricScoreOptions("auto");
    expect(auto.auto).toBe(catalog);
    expect(auto.data?.targets.map((t) => t.id)).toEqual(["panzhihua-2016-info-targets"]);
  });

  test("an id of the wrong kind is refused", () => {
    expect(() => loadRubricOption("sanhe-2018-groups")).toThrow(/找不到细则/);
  });
});
