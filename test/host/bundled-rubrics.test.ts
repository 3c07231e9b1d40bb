// The add-in's bundle of rubrics is the CLI's: every file under rubrics/ is
// imported, passes the schema, and `--rubric auto` in the add-in has the same
// candidates and data files as the CLI's.
import { readdirSync } from "node:fs";
import { BUNDLED_RUBRICS, rubricScoreOptions } from "../../src/cli/load-rubric";
import { autoScoreOptions, bundledFiles, bundledGroups } from "../../src/host/bundled-rubrics";

const ids = (files: readonly { id: string }[] | undefined): string[] => (files ?? []).map((f) => f.id).sort();

test("every file under rubrics/ is bundled and valid", () => {
  const onDisk = readdirSync(BUNDLED_RUBRICS).filter((f) => f.endsWith(".json"));
  expect(bundledFiles().map((f) => `${f.id}.json`).sort()).toEqual(onDisk.sort());
});

test("auto scoring options equal the CLI's --rubric auto", () => {
  const cli = rubricScoreOptions("auto");
  const host = autoScoreOptions();
  expect(ids(host.candidates)).toEqual(ids(cli.candidates));
  expect(ids(host.data?.targets)).toEqual(ids(cli.data?.targets));
  expect(ids(host.data?.scales)).toEqual(ids(cli.data?.scales));
  expect(host.candidates?.length).toBeGreaterThanOrEqual(12);
});

test("the 三河 分组名单 is bundled for 生成汇总", () => {
  expect(bundledGroups().map((g) => g.id)).toEqual(["sanhe-2018-groups"]);
});
