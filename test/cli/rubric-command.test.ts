// kaohe rubric check / draft.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Rubric } from "../../src/core/rubric/rubric-schema";
import { buildYueyangCountyExample } from "../fixtures/yueyang-county-example";
import { runCli } from "./run-cli";

const dir = mkdtempSync(join(tmpdir(), "kaohe-rubric-"));
let drafted: Rubric;
let draftFile: string;
let draftConsole: string;

beforeAll(async () => {
  const input = join(dir, "example.xlsx");
  await buildYueyangCountyExample().xlsx.writeFile(input);
  draftFile = join(dir, "draft.json");
  const run = await runCli(["rubric", "draft", input, "--out", draftFile]);
  expect(run.code).toBe(0);
  draftConsole = run.stderr;
  drafted = JSON.parse(readFileSync(draftFile, "utf8")) as Rubric;
});

const write = (name: string, value: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
};

describe("rubric draft", () => {
  it("drafts every item of the sheet with its rule text parsed", () => {
    expect(drafted.items).toHaveLength(61);
    const first = drafted.items[0]!;
    expect(first.id).toBe("组织领导/工作保障/工作部署");
    expect(first.clauses.map((c) => [c.kind, "points" in c ? c.points : null])).toEqual([
      ["flat", "1"],
      ["flat", "1"],
    ]);
    const online = drafted.items.find((i) => i.id.endsWith("湖南省网上政务服务系统应用"))!;
    expect(online.clauses.map((c) => c.kind)).toEqual(["flat", "per-step"]);
    expect(drafted.policies).toEqual([{ kind: "deduction-cap-is-points", source: expect.stringContaining("扣完为止") }]);
  });
});

describe("rubric draft → rubric check → score --rubric", () => {
  it("the drafted file passes the check as written, its unreachable range noted", async () => {
    expect((await runCli(["rubric", "check", draftFile])).code).toBe(0);
    const item = drafted.items.find((i) => i.id === "政务服务/政务服务建设管理/审批改革#3")!;
    expect(item.rangeNote).toContain("本项 4 分");
    expect(draftConsole).toContain("政务服务/政务服务建设管理/审批改革#3");
    expect(draftConsole).toContain("rangeNote");
  });

  it("scores the workbook with the drafted file", async () => {
    const input = join(dir, "example.xlsx");
    const json = join(dir, "report.json");
    const run = await runCli(["check", input, "--rubric", draftFile, "--json", json]);
    expect(run.code).toBeLessThan(2);
    const report = JSON.parse(readFileSync(json, "utf8")) as { units: { rubric?: string; rubricId?: string }[]; findings: { code: string }[] };
    expect(report.units.length).toBeGreaterThan(0);
    expect(report.findings.filter((f) => f.code === "ROW_UNMATCHED" || f.code === "ITEM_MISSING")).toEqual([]);
  });
});

describe("rubric check", () => {
  const valid = (): Rubric => structuredClone(drafted);

  it("passes a valid file", async () => {
    expect((await runCli(["rubric", "check", write("ok.json", valid())])).code).toBe(0);
  });

  it("names, in Chinese with English beside, the item whose clauses cannot reach its points", async () => {
    const rubric = valid();
    delete rubric.items.find((i) => i.id === "政务服务/政务服务建设管理/审批改革#3")!.rangeNote;
    const run = await runCli(["rubric", "check", write("range.json", rubric)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("条目 政务服务/政务服务建设管理/审批改革#3：各条规则达不到本项 4 分");
    expect(run.stdout).toContain("its clauses cannot reach its 4 points");
  });

  it("allows a stated cap above the points (the points bind), and names the section that does not add up", async () => {
    const rubric = valid();
    rubric.items[0]!.deductionCap = "3";
    rubric.items[1]!.points = "2";
    const run = await runCli(["rubric", "check", write("cap.json", rubric)]);
    expect(run.stdout).not.toContain("组织领导/工作保障/工作部署");
    expect(run.stdout).toContain("部分 组织领导：条目分值合计 6 分，不是 5 分");
  });

  it("says a wrong type in Chinese too", async () => {
    const run = await runCli(["rubric", "check", write("type.json", { ...valid(), totalPoints: 100 })]);
    expect(run.stdout).toMatch(/totalPoints: 应为.* \/ Invalid input/);
  });

  it("refuses unknown clause kinds, wrong types, prototype keys and bad JSON", async () => {
    const unknownKind = valid();
    (unknownKind.items[0]!.clauses as unknown[])[0] = { kind: "guess", text: "x" };
    const wrongType = { ...valid(), totalPoints: 100 };
    const polluted = `{"kind":"rubric","__proto__":{"polluted":true},${JSON.stringify(valid()).slice(1)}`;
    for (const [name, value] of [["kind.json", unknownKind], ["type.json", wrongType], ["proto.json", polluted], ["bad.json", "{not json"]] as const) {
      const run = await runCli(["rubric", "check", write(name, value)]);
      expect({ name, code: run.code }).toEqual({ name, code: 1 });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("checks several files and exits 1 if any is invalid", async () => {
    const run = await runCli(["rubric", "check", write("a.json", valid()), join(dir, "missing.json")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("1/2");
  });
});
