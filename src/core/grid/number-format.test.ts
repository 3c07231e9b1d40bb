import Decimal from "decimal.js";
import { displayTypeOf, shownAs } from "./number-format";

describe("number formats: what Excel shows instead of the stored number", () => {
  it.each([
    ["General", undefined],
    ["G/通用格式", undefined],
    ["0", undefined],
    ["0.00", undefined],
    ["#,##0.00_);[Red](#,##0.00)", undefined],
    ["0.00E+00", undefined],
    ["@", undefined],
    ['0.0"分"', undefined],
    ["0%", "percent"],
    ["0.00%", "percent"],
    ["mm-dd-yy", "date"],
    ["yyyy/m/d", "date"],
    ['yyyy"年"m"月"d"日"', "date"],
    ["[$-804]yyyy年m月d日;@", "date"],
    ["mmm-yy", "date"],
    ['m/d/yy "h":mm', "date"],
    ["yyyy/m/d h:mm", "date"],
    ["h:mm AM/PM", "time"],
    ["h:mm:ss", "time"],
    ["mm:ss", "time"],
    ["[h]:mm:ss", "time"],
    ['上午/下午 h"时"mm"分"', "time"],
    ['"d"0', undefined],
  ])("%s → %s", (format, type) => {
    expect(displayTypeOf(format)).toBe(type);
  });

  it("shows a date serial as a zh-CN Excel does, a time of day, and Excel's day that never was", () => {
    expect(shownAs(new Decimal(45292), "yyyy/m/d", "date")).toBe("2024/1/1");
    expect(shownAs(new Decimal(45292), "mm-dd-yy", "date")).toBe("2024/1/1");
    expect(shownAs(new Decimal(45292.75), "yyyy/m/d h:mm", "date")).toBe("2024/1/1 18:00");
    expect(shownAs(new Decimal(0.5), "h:mm:ss", "time")).toBe("12:00:00");
    expect(shownAs(new Decimal(1), "yyyy/m/d", "date")).toBe("1900/1/1");
    expect(shownAs(new Decimal(60), "yyyy/m/d", "date")).toBe("1900/2/29");
    expect(shownAs(new Decimal(61), "yyyy/m/d", "date")).toBe("1900/3/1");
    expect(shownAs(new Decimal(-1), "yyyy/m/d", "date")).toBe("########");
  });

  it("shows a percent with the format's decimals, rounded half away from zero", () => {
    expect(shownAs(new Decimal("0.05"), "0%", "percent")).toBe("5%");
    expect(shownAs(new Decimal("0.005"), "0%", "percent")).toBe("1%");
    expect(shownAs(new Decimal("0.0525"), "0.0%", "percent")).toBe("5.3%");
    expect(shownAs(new Decimal("1.5"), "0.00%", "percent")).toBe("150.00%");
  });
});
