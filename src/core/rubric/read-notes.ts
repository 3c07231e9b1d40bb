import Decimal from "decimal.js";
import { normalizeLabel } from "../text/normalize-text";
import type { Rubric } from "./rubric-schema";

type GradeBand = NonNullable<Rubric["grades"]>[number];

/** What the notes under a table say, read as the rubric policies they state. */
export interface NoteReading {
  /** 扣完为止 and its variants: each item's deductions capped at its points. */
  readonly capIsPoints?: string;
  readonly grades?: { readonly bands: GradeBand[]; readonly source: string };
  /** 换算成百分制: score / applicable max × 100. */
  readonly percentage?: string;
  /** Sentences that state a scoring rule Kaohe could not read, with the index of the note they are in: listed, never dropped. */
  readonly unread: { readonly text: string; readonly note: number; readonly notApplicable: boolean }[];
}

/** "注：" "说明：" "备注：" before the first sentence. */
const NOTE_HEAD = /^(注|说明|备注|附注)\s*[:：]?\s*/;
/** Numbered sentences: "1、…", "2.…", "(3)…". */
const NUMBER_AHEAD = String.raw`(?=(?:\d{1,2}[、.](?!\d)|\(\d{1,2}\)|（\d{1,2}）))`;
// A sentence mark right before a number ends a sentence too ("…为止。2、…"). Marked first, then split,
// rather than by lookbehind: the add-in's bundles are ES5, where lookbehind cannot be transpiled.
const AFTER_STOP = new RegExp(String.raw`([。;；])${NUMBER_AHEAD}`, "g");
const BREAK = "\u0001";
const NUMBERED = new RegExp(String.raw`${BREAK}|\s+${NUMBER_AHEAD}`);
const NUMBER_MARK = /^(?:\d{1,2}[、.]|\(\d{1,2}\)|（\d{1,2}）)\s*/;

const CAP_IS_POINTS = /扣完为止|扣分上限不超过该项|扣分不超过该项|扣至0分为止|扣完该项分值为止|最多扣至0分|不出现负分|不得出现负分|不计负分|最低为0分|最低扣至0分/;
const PERCENTAGE = /百分制|折算为100分|折算成100分|换算为100分|换算成100分|按百分比折算|百分比转换/;
/** A sentence about scores: one Kaohe cannot read must be said. */
const ABOUT_SCORES = /\d\s*(分|%)|扣|加分|计分|得分|折算|换算|等次|等级|优秀|合格|不涉及|未涉及|否决|权重|满分/;

/** A sentence about units without the task (不涉及): it can change only the score of a unit that has such an item. */
const NOT_APPLICABLE = /不涉及|未涉及|不适用|[无没有未]{1,2}[^,，。;；]{0,24}任务的单位/;

/** Grade names, longest first so 不合格 is not read as 合格. */
const GRADE_NAMES = ["基本合格", "不合格", "不称职", "基本称职", "不达标", "较好", "优秀", "良好", "合格", "称职", "达标", "一般", "较差", "好", "中", "差"];
const NAMES = GRADE_NAMES.join("|");
const GRADE_NAME = new RegExp(`(${NAMES})`);
/** A grade named as one: "为优秀", "优秀（90分以上）", "优秀：", or the segment's first word. */
const GRADE_IN_SEGMENT = new RegExp(`(?:^|为|:|是)(${NAMES})(?:等次|等级|档次|档)?|^(?:\\D{0,8}?)(${NAMES})(?:等次|等级|档次|档)?(?:\\(|:)`);

const NUM = String.raw`(\d+(?:\.\d+)?)`;
const RANGE = new RegExp(String.raw`${NUM}分?(?:\(含\))?(?:至|到|-|—|－|~|～|–)+${NUM}分?`);
const GE = new RegExp(String.raw`(?:≥|>=|不低于|达到|大于等于|大于或等于)${NUM}|${NUM}分?(?:\(含\d*分?\))?(?:及|或)?以上`);
/** "80≤总分<90": the number before ≤ (or <) is the band's lower edge. */
const MIN_BEFORE = new RegExp(String.raw`${NUM}分?(≤|<=|<)`);
const GT = new RegExp(String.raw`(?:>|高于|超过|大于)${NUM}`);
const BELOW = new RegExp(String.raw`${NUM}分?(?:\(含\d*分?\)|（含）)?(?:及|或)?以下|(?:<|≤|<=|低于|不足|不满|小于)${NUM}|其余|其他|其它`);
/** "90分以上（不含90分）": 以上 without its number. */
const EXCLUSIVE = /不含|不包括|以上\(不含/;

function segmentBand(segment: string): GradeBand | "lowest" | undefined {
  const range = RANGE.exec(segment);
  if (range) {
    const [a, b] = [new Decimal(range[1] ?? "0"), new Decimal(range[2] ?? "0")];
    return { name: "", min: Decimal.min(a, b).toFixed(), minInclusive: true };
  }
  const before = MIN_BEFORE.exec(segment);
  if (before?.[1] !== undefined) return { name: "", min: new Decimal(before[1]).toFixed(), minInclusive: before[2] !== "<" };
  const gt = GT.exec(segment);
  if (gt?.[1] !== undefined) return { name: "", min: new Decimal(gt[1]).toFixed(), minInclusive: false };
  const ge = GE.exec(segment);
  const min = ge?.[1] ?? ge?.[2];
  if (min !== undefined) return { name: "", min: new Decimal(min).toFixed(), minInclusive: !EXCLUSIVE.test(segment) };
  return BELOW.test(segment) ? "lowest" : undefined;
}

/**
 * Grade bands from a sentence such as "90分以上为优秀，70分至89分为良好，
 * 60分至69分为合格，60分以下为不合格": each segment names one grade and its
 * edge. "以上" includes its number unless the note says 不含. Undefined when
 * any segment naming a grade cannot be read, or the bands do not order.
 */
export function readGradeBands(sentence: string): GradeBand[] | undefined {
  const segments = sentence.split(/[,，;；。、]/).filter((s) => GRADE_IN_SEGMENT.test(s));
  if (segments.length < 2) return undefined;
  const bands: GradeBand[] = [];
  let lowest: string | undefined;
  for (const segment of segments) {
    const found = GRADE_IN_SEGMENT.exec(segment.replace(/^.*?(分为|划分为)/, ""));
    const name = found?.[1] ?? found?.[2];
    const band = segmentBand(segment);
    if (name === undefined || band === undefined) return undefined;
    if (band === "lowest") {
      if (lowest !== undefined) return undefined;
      lowest = name;
    } else bands.push({ ...band, name });
  }
  bands.sort((x, y) => new Decimal(y.min ?? 0).comparedTo(x.min ?? 0));
  for (let i = 1; i < bands.length; i++) if (new Decimal(bands[i]?.min ?? 0).gte(bands[i - 1]?.min ?? 0)) return undefined;
  const names = lowest === undefined ? bands.map((b) => b.name) : [...bands.map((b) => b.name), lowest];
  if (new Set(names).size !== names.length) return undefined;
  return lowest === undefined ? bands : [...bands, { name: lowest, minInclusive: true }];
}

/** Each numbered sentence of the notes, without "注：" and its number. */
export function noteSentences(notes: readonly string[]): string[] {
  return notes.flatMap((note) =>
    note
      .replace(NOTE_HEAD, "")
      .replace(AFTER_STOP, `$1${BREAK}`)
      .split(NUMBERED)
      .map((s) => s.replace(NOTE_HEAD, "").replace(NUMBER_MARK, "").trim())
      .filter((s) => s !== "" && s !== "、"),
  );
}

/**
 * Reads the printed notes as policies where they are clear (扣完为止, grade
 * bands, 百分制); a sentence about scores that is none of these is unread.
 * Sentences about anything else (监测时间截止每年12月10日, 评分标准摘自…) state no rule.
 */
export function readNotes(notes: readonly string[]): NoteReading {
  const unread: { text: string; note: number; notApplicable: boolean }[] = [];
  let capIsPoints: string | undefined;
  let grades: NoteReading["grades"];
  let percentage: string | undefined;
  for (const [note, sentence] of notes.flatMap((n, i) => noteSentences([n]).map((s) => [i, s] as const))) {
    const label = normalizeLabel(sentence);
    let read = false;
    if (CAP_IS_POINTS.test(label)) {
      capIsPoints ??= sentence;
      read = true;
    }
    if (PERCENTAGE.test(label)) {
      percentage ??= sentence;
      read = true;
    }
    if (GRADE_NAME.test(label) && /\d/.test(label)) {
      const bands = readGradeBands(label);
      if (bands && grades === undefined) {
        grades = { bands, source: sentence };
        read = true;
      } else read = false;
    }
    // A sentence read in part (扣完为止 beside a rule Kaohe cannot read) is still listed when it says more.
    // A document's title in 《》 is cited, not stated: "评分标准摘自《…扣分细则》" is no rule.
    if (!read && ABOUT_SCORES.test(label.replace(/《[^》]*》/g, ""))) unread.push({ text: sentence, note, notApplicable: NOT_APPLICABLE.test(label) });
  }
  return {
    ...(capIsPoints !== undefined ? { capIsPoints } : {}),
    ...(grades !== undefined ? { grades } : {}),
    ...(percentage !== undefined ? { percentage } : {}),
    unread,
  };
}
