import { noteSentences, readGradeBands, readNotes } from "./read-notes";

type Band = { name: string; min?: string; minInclusive: boolean };
const band = (name: string, min?: string, minInclusive = true): Band => (min === undefined ? { name, minInclusive } : { name, min, minInclusive });

describe("grade bands from a note", () => {
  it.each([
    [
      "90分以上为优秀,70分至89分为良好,60分至69分为合格,60分以下为不合格",
      [band("优秀", "90"), band("良好", "70"), band("合格", "60"), band("不合格")],
    ],
    ["得分90分(含)以上为优秀;80-89分为良好;60—79分为合格;59分及以下为不合格", [band("优秀", "90"), band("良好", "80"), band("合格", "60"), band("不合格")]],
    ["考核结果分为优秀(85分以上)、良好(75-84分)、合格(60-74分)、不合格(60分以下)", [band("优秀", "85"), band("良好", "75"), band("合格", "60"), band("不合格")]],
    ["总分≥90分为优秀,80≤总分<90为良好,总分<80为一般", [band("优秀", "90"), band("良好", "80"), band("一般")]],
    ["95分以上(不含95分)为优秀,85分至95分为良好,其余为合格", [band("优秀", "95", false), band("良好", "85"), band("合格")]],
    ["高于90分的为好,75分至90分的为较好,低于75分的为一般", [band("好", "90", false), band("较好", "75"), band("一般")]],
  ])("%s", (sentence, bands) => {
    expect(readGradeBands(sentence)).toEqual(bands);
  });

  it.each([
    ["单项得分低于满分60%的评为不合格"],
    ["90分以上为优秀,80分以上为优秀"],
    ["优秀单位加2分,合格单位不加分"],
    ["政务中心建设3分以上为好,未建的扣2分"],
  ])("leaves %s unread as bands", (sentence) => {
    expect(readGradeBands(sentence)).toBeUndefined();
  });
});

describe("notes under a table", () => {
  it("splits numbered sentences, on one row or several", () => {
    expect(noteSentences(["注:1、监测时间截止每年12月10日。2、所有的扣分上限不超过该项目最高分值,扣完为止。", "(3)第三条"])).toEqual([
      "监测时间截止每年12月10日。",
      "所有的扣分上限不超过该项目最高分值,扣完为止。",
      "第三条",
    ]);
  });

  it("reads 扣完为止, grade bands and 百分制, and lists a rule it cannot read", () => {
    const reading = readNotes([
      "注:1、政府信息属于需要坚持常态化更新的,监测时间截止每年12月10日。",
      "2、无政务服务中心建设任务的单位,其该项目得分按有建设任务单位得分的平均分值计分。",
      "3、各项扣分以该项分值扣完为止。",
      "4、考核得分90分以上为优秀,75分至89分为良好,60分至74分为合格,60分以下为不合格。",
      "5、不涉及的项目不计分,总得分按百分制折算。",
      "6、评分标准摘自《某县政务公开工作考核扣分细则(2016年)》,原文照录。",
    ]);
    expect(reading.capIsPoints).toBe("各项扣分以该项分值扣完为止。");
    expect(reading.grades?.bands.map((b) => [b.name, b.min ?? null])).toEqual([
      ["优秀", "90"],
      ["良好", "75"],
      ["合格", "60"],
      ["不合格", null],
    ]);
    expect(reading.percentage).toBe("不涉及的项目不计分,总得分按百分制折算。");
    expect(reading.unread).toEqual([{ text: "无政务服务中心建设任务的单位,其该项目得分按有建设任务单位得分的平均分值计分。", note: 1, notApplicable: true }]);
  });

  it.each([["扣分不超过该项分值"], ["扣至0分为止"], ["每项最低为0分,不计负分"]])("reads %s as each item's deductions capped at its points", (text) => {
    expect(readNotes([`注:${text}`]).capIsPoints).toBe(text);
  });
});
