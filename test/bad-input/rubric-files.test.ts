// Catalogue, part 6: rubric files that try to pollute prototypes or carry
// wrong types. `kaohe rubric check` exits 1 with a message (Chinese, English beside) naming where,
// and nothing is polluted; --rubric refuses the same files with exit 2.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../cli/run-cli";
import { dir, scoreFile, yueyangFile } from "./helpers";

const RUBRIC = readFileSync(join(__dirname, "..", "..", "rubrics", "yueyang-county.json"), "utf8");
const GROUPS = readFileSync(join(__dirname, "..", "..", "rubrics", "sanhe-2018-groups.json"), "utf8");

/** Text replacements on a real file, so everything else about it is valid. */
function edited(text: string, from: string | RegExp, to: string): string {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`no ${String(from)} in the file`);
  return out;
}

const BAD: readonly (readonly [string, string, string])[] = [
  ["__proto__ at the top", edited(RUBRIC, '"kind": "rubric",', '"kind": "rubric", "__proto__": {"polluted": "yes", "kind": "groups"},'), 'Unrecognized key: "__proto__"'],
  ["constructor.prototype at the top", edited(RUBRIC, '"kind": "rubric",', '"kind": "rubric", "constructor": {"prototype": {"polluted": "yes"}},'), 'Unrecognized key: "constructor"'],
  ["__proto__ in an item", edited(RUBRIC, '"section":', '"__proto__": {"polluted": "yes"}, "section":'), 'items[0: 组织领导/工作保障/工作部署]: 不认识的字段：__proto__ / Unrecognized key: "__proto__"'],
  ["__proto__ in a groups file's group", edited(GROUPS, '"groups": [', '"groups": [{"__proto__": {"polluted": "yes"}, "name": "g", "rubric": "r", "units": ["u"], "source": "s"},'), 'groups[0: g]: 不认识的字段：__proto__ / Unrecognized key: "__proto__"'],
  ["only __proto__", '{"__proto__": {"kind": "rubric", "polluted": "yes"}}', "kind must be one of rubric, groups, targets, adoption-scale"],
  ["kind \"__proto__\"", '{"kind": "__proto__"}', "kind must be one of"],
  ["kind \"constructor\"", '{"kind": "constructor"}', "kind must be one of"],
  ["kind \"toString\"", '{"kind": "toString"}', "kind must be one of"],
  ["points as a number", edited(RUBRIC, '"points": "2"', '"points": 2'), "items[0: 组织领导/工作保障/工作部署].points: 应为文字，实际是数字 / Invalid input: expected string, received number"],
  ["items as a string", edited(RUBRIC, /"items": \[[\s\S]*\],\s*"policies"/, '"items": "none", "policies"'), "items: 应为数组，实际是文字 / Invalid input: expected array, received string"],
  ["a section named __proto__", edited(RUBRIC, '"name": "组织领导"', '"name": "__proto__"'), 'unknown section "组织领导"'],
  ["an array", "[1, 2]", "the file must hold a JSON object"],
  ["null", "null", "the file must hold a JSON object"],
  ["not JSON", "{kind: rubric", "不是有效的 JSON / not valid JSON"],
];

let n = 0;
function file(text: string): string {
  const path = join(dir, `rubric-${++n}.json`);
  writeFileSync(path, text);
  return path;
}

function expectUnpolluted(): void {
  const probe: Record<string, unknown> = {};
  expect(probe["polluted"]).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty("polluted");
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("polluted");
  expect(Object.prototype.toString.call([])).toBe("[object Array]");
}

describe.each(BAD)("%s", (_, text, message) => {
  test("kaohe rubric check: exit 1, the message names it, nothing polluted", async () => {
    const run = await runCli(["rubric", "check", file(text)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(message);
    expectUnpolluted();
  });

  test("kaohe score --rubric FILE: exit 2 (the rubric is refused), nothing polluted", async () => {
    const input = await yueyangFile(() => undefined);
    const run = await runCli(["score", input, "--rubric", file(text), "--out", `${input}.out.xlsx`, "-q"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/细则文件(无效|不是有效的 JSON)/);
    expectUnpolluted();
  });
});

test("an item id \"__proto__\" passes rubric check (ids are not checked against their path) and scores harmlessly", async () => {
  const text = edited(RUBRIC, '"id": "组织领导/工作保障/工作部署"', '"id": "__proto__"');
  const path = file(text);
  expect((await runCli(["rubric", "check", path])).code).toBe(0);
  // The row still meets its item by content (match-rubric's fallback), so the score is unchanged.
  const { report } = await scoreFile(await yueyangFile(() => undefined), ["--rubric", path]);
  expect(report.units[0]?.total).toBe("96.5");
  expectUnpolluted();
});
