import { decimalAsShown, parseEntry } from "./parse-entry";
import { parsePointsCell, splitLabelPoints } from "./parse-points";
import { normalizeLabel } from "./normalize-text";

// Doubles made from text: these tests are about binary floats, which the core's lint keeps out of literals.
const double = (text: string): number => Number(text);
const noisy = double("0.1") * 3 * 5;

describe("decimalAsShown: numbers at Excel's 15 significant digits", () => {
  it.each([
    [noisy, "1.5"],
    [double("0.1") + double("0.2"), "0.3"],
    [double("94.99999999999999"), "95"],
    [double("2.675"), "2.675"],
    [1e308, "1e+308"],
    [double("-0.5"), "-0.5"],
  ])("%p reads as %s", (value, shown) => {
    expect(decimalAsShown(value).toString()).toBe(shown);
  });

  it("a formula entry's noise does not survive parseEntry", () => {
    const entry = parseEntry(noisy);
    expect(entry.kind === "number" && entry.value.toString()).toBe("1.5");
  });
});

describe("parseEntry", () => {
  it.each([
    [1, "1"],
    ["1.5分", "1.5"],
    ["１．５", "1.5"],
    [" 0.5 ", "0.5"],
    ["2分", "2"],
  ])("reads %p as the number %s", (input, expected) => {
    const entry = parseEntry(input);
    expect(entry.kind).toBe("number");
    if (entry.kind === "number") expect(entry.value.toString()).toBe(expected);
  });

  it.each(["不涉及", "不适用", "无此项", "/", "／"])("reads %p as not applicable", (input) => {
    expect(parseEntry(input).kind).toBe("not-applicable");
  });

  it.each(["一分", "√", "是", "NaN", "1..5", true])("refuses %p as a number", (input) => {
    expect(parseEntry(input).kind).toBe("invalid");
  });

  it("keeps a negative number so the caller can report it", () => {
    const entry = parseEntry("-1");
    expect(entry.kind === "number" && entry.value.isNegative()).toBe(true);
  });

  it("treats empty text as blank", () => {
    expect(parseEntry("   ").kind).toBe("blank");
    expect(parseEntry(null).kind).toBe("blank");
  });
});

describe("parsePointsCell", () => {
  it.each([
    [2, "2"],
    ["2分", "2"],
    ["２", "2"],
    ["（40）", "40"],
    ["0.5分", "0.5"],
  ])("reads %p as %s points", (input, expected) => {
    const cell = parsePointsCell(input);
    expect(cell.kind === "points" && cell.points.toString()).toBe(expected);
  });

  it.each(["—", "-", "/", "无"])("reads %p as no base points", (input) => {
    expect(parsePointsCell(input).kind).toBe("none");
  });

  it("reports other text as text", () => {
    expect(parsePointsCell("分值").kind).toBe("text");
  });
});

describe("splitLabelPoints", () => {
  it.each([
    ["组织领导\n\n（5）", "组织领导", "5"],
    ["政府信息公    开\n\n（40）", "政府信息公开", "40"],
    ["决策公开(2分)", "决策公开", "2"],
    ["加分\n\n10分", "加分", "10"],
    ["基层政务公开与政务服务（10）", "基层政务公开与政务服务", "10"],
  ])("splits %p into %s and %s", (label, name, points) => {
    const split = splitLabelPoints(label);
    expect(split.name).toBe(name);
    expect(split.points?.toString()).toBe(points);
  });

  it("leaves a label without points whole", () => {
    expect(splitLabelPoints("工作 部署")).toEqual({ name: "工作部署", points: null });
  });
});

describe("normalizeLabel", () => {
  it("removes pasted spaces and full-width forms", () => {
    expect(normalizeLabel("依申请\n\n公  开")).toBe("依申请公开");
    expect(normalizeLabel("（４０）")).toBe("(40)");
  });
});
