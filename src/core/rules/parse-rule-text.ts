import type { Clause } from "../rubric/clause-schema";
import { normalizeRuleText } from "./chinese-numbers";
import type { ClauseReading } from "./read-fragment";
import { readFragment } from "./read-fragment";
import { readSubRequirementPart } from "./read-sub-requirement";
import type { Fragment } from "./split-fragments";
import { spanText, splitFragments } from "./split-fragments";
import { splitParts } from "./split-parts";

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

/** Bands, ratio bands, levels and by-level points written one per fragment form one clause. */
function mergeInto(previous: Clause | undefined, next: ClauseReading): Clause | undefined {
  if (!previous || previous.kind !== next.kind) return undefined;
  if (previous.kind === "bands" && next.kind === "bands") return { ...previous, bands: [...previous.bands, ...next.bands] };
  if (previous.kind === "ratio" && next.kind === "ratio") return { ...previous, bands: [...previous.bands, ...next.bands] };
  if (previous.kind === "levels" && next.kind === "levels") return { ...previous, levels: [...previous.levels, ...next.levels] };
  if (previous.kind === "by-level" && next.kind === "by-level" && previous.effect === next.effect) {
    return { ...previous, levels: [...previous.levels, ...next.levels] };
  }
  return undefined;
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
    for (const piece of splitFragments(part.text)) {
      this.readFragment({ start: part.start + piece.start, end: part.start + piece.end, text: piece.text });
    }
  }

  private readFragment(fragment: Fragment): void {
    const n = normalizeRuleText(fragment.text);
    const condition = this.pending.map((f) => normalizeRuleText(f.text)).join(",");
    const reading = readFragment(n, condition === "" ? "" : `${condition},`);
    if (reading === undefined) {
      this.pending.push(fragment);
      return;
    }
    const first = this.pending[0] ?? fragment;
    const text = spanText(this.rule, first, fragment);
    this.pending = [];
    if (reading.kind === "ignore") return;
    if (reading.kind === "unknown") {
      this.unparsed.push(text);
      return;
    }
    if (reading.kind === "not-applicable-share") {
      this.notApplicableShare = reading.share;
      return;
    }
    if (reading.kind === "cap") {
      const last = this.clauses[this.clauses.length - 1];
      const bonusContext = last !== undefined && "effect" in last && last.effect === "bonus";
      if (reading.bonus ?? (bonusContext ? reading.deduction : undefined)) this.bonusCap = reading.bonus ?? reading.deduction;
      else this.deductionCap = reading.deduction;
      return;
    }
    const merged = this.lastStart >= 0 ? mergeInto(this.clauses[this.clauses.length - 1], reading.clause) : undefined;
    if (merged) {
      this.clauses[this.clauses.length - 1] = { ...merged, text: this.rule.slice(this.lastStart, fragment.end) } as Clause;
      return;
    }
    this.clauses.push({ ...reading.clause, text } as Clause);
    this.lastStart = first.start;
  }

  flushPending(): void {
    const first = this.pending[0];
    const last = this.pending[this.pending.length - 1];
    if (first && last) this.unparsed.push(spanText(this.rule, first, last));
    this.pending = [];
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
  const reader = new RuleReader(rule);
  for (const part of splitParts(rule)) reader.readPart(part);
  reader.flushPending();
  return {
    clauses: reader.clauses,
    unparsed: reader.unparsed,
    ...(reader.deductionCap === undefined ? {} : { deductionCap: reader.deductionCap }),
    ...(reader.bonusCap === undefined ? {} : { bonusCap: reader.bonusCap }),
    ...(reader.notApplicableShare === undefined ? {} : { notApplicableShare: reader.notApplicableShare }),
  };
}
