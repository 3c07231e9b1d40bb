import type { Clause } from "../rubric/clause-schema";
import { normalizeRuleText } from "./chinese-numbers";
import { mergeReadings, settleClauses } from "./kinds/registry";
import { readFragment } from "./read-fragment";
import { splitAtCap } from "./readings/split-at-cap";
import { readRequirementOnly } from "./kinds/judgement/requirement-only";
import { findTierRun, readTiers } from "./kinds/rating-scale/read-tiers";
import { readSubRequirementPart } from "./read-sub-requirement";
import type { Fragment } from "./split-fragments";
import { spanText, splitFragments } from "./split-fragments";
import { splitParts } from "./split-parts";
import { conditionSaysMore, leavesWordsUnread } from "./unread-words";

export interface ParsedRule {
  readonly clauses: readonly Clause[];
  /** Words no pattern could read, verbatim: the item is left to the assessor's judgement. */
  readonly unparsed: readonly string[];
  /** 扣分上限 / 最多扣 found in the text. */
  readonly deductionCap?: string;
  /** 加分上限 found in the text. */
  readonly bonusCap?: string;
  /** 未涉及单位按考核分数的60%计分: the share of the points a unit without the task gets. */
  readonly notApplicableShare?: string;
}

/** "无" / "—" / "-": the cell does not apply to the row (长子 加分标准 "-"). */
const EMPTY_MARK = /^\s*[-—–－/／无]*\s*$/;

/** Reads one rule text; state shared by its parts and fragments. */
class RuleReader {
  readonly clauses: Clause[] = [];
  readonly unparsed: string[] = [];
  deductionCap: string | undefined;
  bonusCap: string | undefined;
  notApplicableShare: string | undefined;
  /** Clauses read from an amount with no verb: they take their neighbours' effect (withNeighbourEffects). */
  readonly bare = new Set<number>();
  /** Verb-less words waiting for the action they are the condition of. */
  pending: Fragment[] = [];
  private lastStart = -1;

  constructor(private readonly rule: string) {}

  readPart(part: Fragment): void {
    const sub = readSubRequirementPart(this.rule, part, this.pending);
    if (!sub) {
      this.readFragments(part);
      return;
    }
    this.pending = [];
    for (const clause of sub.requirements) this.clauses.push(clause);
    this.lastStart = -1;
    if (sub.inner) {
      const from = this.clauses.length;
      this.readFragments(sub.inner);
      this.flushPending();
      sub.adjustInner(this.clauses, from);
    }
  }

  private readFragments(part: Fragment): void {
    if (this.pending.length === 0 && this.readTierPart(part)) return;
    // Tiers inside a longer sentence: the words before and after them are read as ever.
    const run = this.pending.length === 0 ? findTierRun(part.text) : undefined;
    if (run === undefined) {
      this.readPieces(part, 0, part.text.length);
      return;
    }
    this.readPieces(part, 0, run.start);
    this.flushPending();
    const words = part.text.slice(run.start, run.end);
    if (run.reading.kind === "unknown") this.unparsed.push(words);
    else this.clauses.push({ ...run.reading.clause, text: words } as Clause);
    this.lastStart = -1;
    this.readPieces(part, run.end, part.text.length);
  }

  /** The fragments of a part between two offsets into it. */
  private readPieces(part: Fragment, from: number, to: number): void {
    for (const piece of splitFragments(part.text)) {
      if (piece.start < from || piece.end > to) continue;
      for (const at of splitAtCap(piece.text)) {
        this.readFragment({ start: part.start + piece.start + at.start, end: part.start + piece.start + at.end, text: at.text });
      }
    }
  }

  /** A sentence of tiers (优秀得10分，良好得8分…) is one clause, or unread when its edges are unsure. */
  private readTierPart(part: Fragment): boolean {
    const tiers = readTiers(part.text);
    if (tiers === undefined) return false;
    if (tiers.kind === "unknown") this.unparsed.push(part.text);
    else this.clauses.push({ ...tiers.clause, text: part.text } as Clause);
    this.lastStart = -1;
    return true;
  }

  private readFragment(fragment: Fragment): void {
    const n = normalizeRuleText(fragment.text);
    const condition = this.pending.map((f) => normalizeRuleText(f.text)).join(",");
    const reading = readFragment(n, condition === "" ? "" : `${condition},`);
    const last = this.clauses[this.clauses.length - 1];
    if (reading === undefined) {
      // "存在下列情形之一的扣1分：(1)…；(2)…": the cases listed after an any-of clause are its cases, not conditions.
      if (last?.kind === "any-of" && this.pending.length === 0) {
        this.clauses[this.clauses.length - 1] = { ...last, cases: [...(last.cases ?? []), fragment.text] };
        return;
      }
      this.pending.push(fragment);
      return;
    }
    const first = this.pending[0] ?? fragment;
    const text = spanText(this.rule, first, fragment);
    this.pending = [];
    if (reading.kind === "ignore") return;
    if (reading.kind === "extrapolate") {
      if (last?.kind !== "per-step" && last?.kind !== "per-occurrence" && last?.kind !== "by-level") this.unparsed.push(text);
      return;
    }
    if (reading.kind === "unknown") {
      this.unparsed.push(text);
      return;
    }
    if (reading.kind === "not-applicable-share") {
      this.notApplicableShare = reading.share;
      return;
    }
    if (reading.kind === "cap") {
      this.readCap(reading, last, text);
      return;
    }
    const readings = [reading.clause, ...(reading.also ?? [])];
    if (leavesWordsUnread(n, readings) || conditionSaysMore(condition, readings)) {
      this.unparsed.push(text);
      return;
    }
    let clause = reading.clause;
    if (clause.kind === "aggravation") {
      // 再扣2分 aggravates the clause before it; with none before it, it is not read.
      // "被投诉…未及时整改的扣0.3分" alone says nothing more than one deduction.
      const alone = last === undefined || last.kind === "sub-requirement";
      if (alone && /再|另|加扣|追加|并扣/.test(n)) {
        this.unparsed.push(text);
        return;
      }
      // A second aggravation (连续通报二次) is on top of the same clause as the first.
      clause = alone
        ? { kind: "flat", effect: clause.effect, points: clause.points }
        : { ...clause, aggravates: last.kind === "aggravation" ? last.aggravates : this.clauses.length - 1 };
    }
    // "1次扣1分,时间长的扣3分": a bare "…的" right after a count may still count (每次?) — not guessed.
    if (clause.kind === "flat" && clause.effect === "deduct" && last?.kind === "per-occurrence" && /^[^,，;；。]{1,6}的[,，]?\s*扣/.test(text)) {
      this.unparsed.push(text);
      return;
    }
    const merged = this.lastStart >= 0 && last ? mergeReadings(last, clause, condition === "" ? n : `${condition},${n}`) : undefined;
    if (merged) {
      this.clauses[this.clauses.length - 1] = { ...merged, text: this.rule.slice(this.lastStart, fragment.end) } as Clause;
      return;
    }
    if (reading.bare) this.bare.add(this.clauses.length);
    this.clauses.push({ ...clause, text } as Clause);
    for (const more of reading.also ?? []) this.clauses.push({ ...more, text } as Clause);
    this.lastStart = first.start;
  }

  /**
   * A cap: on the count before it when that count is the only thing of its
   * effect ("每有一项创新做法加1分，最高不超过3分"), else on the item's
   * deductions or bonuses. Two different caps of one kind are not guessed at.
   */
  private readCap(reading: { readonly deduction?: string; readonly bonus?: string; readonly either?: string }, last: Clause | undefined, text: string): void {
    const lastEffect = last !== undefined && "effect" in last ? last.effect : undefined;
    const bonus = reading.bonus ?? (reading.either !== undefined && lastEffect !== undefined && lastEffect !== "deduct" ? reading.either : undefined);
    const deduction = reading.deduction ?? (bonus === undefined ? reading.either : undefined);
    const counted = last?.kind === "per-occurrence" || last?.kind === "per-step" || last?.kind === "by-level";
    if (reading.either !== undefined && counted && lastEffect === "award" && last.cap === undefined) {
      // "一项可得2分,最高不超过6分": the most the count earns.
      this.clauses[this.clauses.length - 1] = { ...last, cap: reading.either };
    } else if (bonus !== undefined) {
      if (this.bonusCap !== undefined && this.bonusCap !== bonus) this.unparsed.push(text);
      else this.bonusCap = bonus;
    } else if (deduction !== undefined && (last?.kind === "per-occurrence" || last?.kind === "per-step") && last.effect === "deduct" && last.cap === undefined && this.clauses.length > 1) {
      // "未建立…的,扣0.3分;每少一次扣0.3分,累计扣分不超过1.2分": the cap closes the count it follows, not the item.
      this.clauses[this.clauses.length - 1] = { ...last, cap: deduction };
    } else if (deduction !== undefined) {
      if (this.deductionCap !== undefined && this.deductionCap !== deduction) this.unparsed.push(text);
      else this.deductionCap = deduction;
    }
  }

  flushPending(atEnd = false): void {
    const first = this.pending[0];
    const last = this.pending[this.pending.length - 1];
    // "…每次扣15分,取消本年度各项评先选优资格": closing words that score nothing (no figure, no scoring word) after rules that do.
    const remark = atEnd && this.clauses.length > 0 && this.pending.every((f) => !/[\d０-９一二两三四五六七八九十]|分|扣|加|得|计|记|按|处理|视为|否决/.test(f.text));
    if (first && last && !remark) this.unparsed.push(spanText(this.rule, first, last));
    this.pending = [];
  }

  /** Bare amounts take the effect of the nearest clause that says one (the one before, else after); alone they are earned. */
  withNeighbourEffects(): Clause[] {
    const effectAt = (i: number): "deduct" | "award" | "bonus" | undefined => {
      const c = this.clauses[i];
      return c !== undefined && !this.bare.has(i) && "effect" in c ? c.effect : undefined;
    };
    return this.clauses.map((c, i) => {
      if (!this.bare.has(i) || !("effect" in c)) return c;
      let effect: "deduct" | "award" | "bonus" | undefined;
      for (let k = i - 1; k >= 0 && effect === undefined; k--) effect = effectAt(k);
      for (let k = i + 1; k < this.clauses.length && effect === undefined; k++) effect = effectAt(k);
      return { ...c, effect: effect ?? "award" } as Clause;
    });
  }
}

/**
 * Turns rule text (扣分办法, 扣分标准, 评分标准, 加分标准) into clauses.
 * Words before a scoring verb are its condition and are quoted with it;
 * "(3分)" closes a sub-requirement whose inner rules follow it; words no
 * pattern reads come back in `unparsed` — never a guess.
 */
export function parseRuleText(rule: string): ParsedRule {
  if (EMPTY_MARK.test(rule)) return { clauses: [], unparsed: [] };
  const requirement = readRequirementOnly(rule);
  if (requirement) return { clauses: requirement, unparsed: [] };
  // Tiers may be written one per sentence: "达到15条以上的,计50分;少于15条的,计0分".
  const tiers = readTiers(rule);
  if (tiers?.kind === "clause") return { clauses: [{ ...tiers.clause, text: rule.trim() } as Clause], unparsed: [] };
  const reader = new RuleReader(rule);
  for (const part of splitParts(rule)) reader.readPart(part);
  reader.flushPending(true);
  return {
    clauses: settleClauses(reader.withNeighbourEffects(), rule),
    unparsed: reader.unparsed,
    ...(reader.deductionCap === undefined ? {} : { deductionCap: reader.deductionCap }),
    ...(reader.bonusCap === undefined ? {} : { bonusCap: reader.bonusCap }),
    ...(reader.notApplicableShare === undefined ? {} : { notApplicableShare: reader.notApplicableShare }),
  };
}
