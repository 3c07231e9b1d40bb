// kaohe rubric check / draft.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Rubric } from "../../src/core/rubric/rubric-schema";
import { buildYueyangCountyExample } from "../fixtures/yueyang-county-example";
import { runCli } from "./run-cli";

const dir = mkdtempSync(join(tmpdir(), "kaohe-rubric-"));
let drafted: Rubric;

beforeAll(async () => {
  const input = join(dir, "example.xlsx");
  await buildYueyangCountyExample().xlsx.writeFile(input);
  const out = join(dir, "draft.json");
  const run = await runCli(["rubric", "draft", input, "--out", out]);
  expect(run.code).toBe(0);
  drafted = JSON.parse(readFileSync(out, "utf8")) as Rubric;
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

describe("rubric check", () => {
  const valid = (): Rubric => {
    const rubric = structuredClone(drafted);
    const item = rubric.items.find((i) => i.id === "政务服务/政务服务建设管理/审批改革#3")!;
    item.rangeNote = "扣分办法只列出 2 分和 1 分两种扣分，低于本项 4 分";
    return rubric;
  };

  it("passes a valid file", async () => {
    expect((await runCli(["rubric", "check", write("ok.json", valid())])).code).toBe(0);
  });

  it("names the item whose clauses cannot reach its points", async () => {
    const run = await runCli(["rubric", "check", write("range.json", drafted)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("item 政务服务/政务服务建设管理/审批改革#3: its clauses cannot reach its 4 points");
  });

  it("names the item whose cap exceeds its points, and the section that does not add up", async () => {
    const rubric = valid();
    rubric.items[0]!.deductionCap = "3";
    rubric.items[1]!.points = "2";
    const run = await runCli(["rubric", "check", write("cap.json", rubric)]);
    expect(run.stdout).toContain("item 组织领导/工作保障/工作部署: deduction cap 3 exceeds its points 2");
    expect(run.stdout).toContain("section 组织领导: items add up to 6, not 5");
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
