// What "inventing" means for the rule parser, precisely:
//  1. a clause whose `text` is not a verbatim substring of the rule text it
//     was read from, or a sub-requirement whose `label` is not a substring of
//     it, as written or once both are normalised (labels read within a
//     fragment come normalised: "两次以上…" is labelled "2次以上…");
//  2. a non-zero number in a clause (points, step, cap, band edges, level
//     counts, by-level points; a ratio's share as a percentage) or in the
//     parsed caps/share that is not the value of some run of digits (with at
//     most one decimal point) in the input after normalisation — half-width,
//     no whitespace, Chinese numerals before a counter as digits (扣两分 → 2),
//     with the parser's own separators kept apart. Zero is exempt only as a
//     ratio share: "30%以下不得分" says 0 in words.
import Decimal from "decimal.js";
import type { Clause } from "../../src/core/rubric/clause-schema";
import { normalizeRuleText } from "../../src/core/rules/chinese-numbers";
import type { ParsedRule } from "../../src/core/rules/parse-rule-text";

/** Every value a contiguous digit string of the text can have ("12.5" gives 1, 12, 12.5, 2, 2.5, 5 …). */
export function writtenNumbers(input: string): Decimal[] {
  // The parser splits at these before it normalises: "5<p>1分" must not read as 51.
  const apart = input.replace(/<\/?p>|[，,；;。\n]/g, "，");
  const values: Decimal[] = [];
  for (const text of [normalizeRuleText(input), normalizeRuleText(apart)]) {
    for (const run of text.match(/[\d.]+/g) ?? []) {
      for (let i = 0; i < run.length; i++) {
        for (let j = i + 1; j <= run.length; j++) {
          const piece = run.slice(i, j);
          if (/^\d+(\.\d+)?$/.test(piece)) values.push(new Decimal(piece));
        }
      }
    }
  }
  return values;
}

interface Figure {
  readonly what: string;
  readonly value: string;
  /** A ratio's share is compared as a percentage (0.7 ↔ 70%). */
  readonly percent?: boolean;
}

function figures(clause: Clause): Figure[] {
  const out: Figure[] = [];
  const add = (what: string, value: string | number | undefined, percent = false): void => {
    if (value !== undefined) out.push({ what, value: String(value), ...(percent ? { percent } : {}) });
  };
  switch (clause.kind) {
    case "flat":
    case "sub-requirement":
      add("points", clause.points);
      break;
    case "per-occurrence":
      add("points", clause.points);
      add("cap", clause.cap);
      break;
    case "per-step":
      add("step", clause.step);
      add("points", clause.points);
      add("cap", clause.cap);
      break;
    case "bands":
      for (const b of clause.bands) {
        add("band.from", b.from);
        add("band.to", b.to);
        add("band.points", b.points);
      }
      break;
    case "levels":
      for (const l of clause.levels) {
        add("level.atLeast", l.atLeast);
        add("level.points", l.points);
      }
      break;
    case "ratio":
      add("points", clause.points);
      for (const b of clause.bands) {
        add("band.from", b.from);
        add("band.to", b.to);
        add("band.share", b.share, true);
      }
      break;
    case "by-level":
      for (const l of clause.levels) add("level.points", l.points);
      add("cap", clause.cap);
      break;
    default:
      break;
  }
  return out;
}

/** Every invention in one parse, described; empty when the parse only quotes its input. */
export function inventions(input: string, parsed: ParsedRule): string[] {
  const problems: string[] = [];
  const written = writtenNumbers(input);
  const isWritten = (f: Figure): boolean => {
    const value = f.percent ? new Decimal(f.value).times(100) : new Decimal(f.value);
    if (value.isZero() && f.percent) return true;
    return written.some((w) => w.eq(value));
  };
  parsed.clauses.forEach((clause, i) => {
    if (!input.includes(clause.text)) problems.push(`clause ${i} (${clause.kind}) text not in input: ${JSON.stringify(clause.text)}`);
    if (clause.kind === "sub-requirement" && !input.includes(clause.label) && !normalizeRuleText(input).includes(normalizeRuleText(clause.label))) problems.push(`clause ${i} label not in input: ${JSON.stringify(clause.label)}`);
    for (const f of figures(clause)) if (!isWritten(f)) problems.push(`clause ${i} (${clause.kind}) ${f.what} ${f.value} not written in input`);
  });
  if (parsed.deductionCap !== undefined && !isWritten({ what: "deductionCap", value: parsed.deductionCap })) problems.push(`deductionCap ${parsed.deductionCap} not written`);
  if (parsed.bonusCap !== undefined && !isWritten({ what: "bonusCap", value: parsed.bonusCap })) problems.push(`bonusCap ${parsed.bonusCap} not written`);
  if (parsed.notApplicableShare !== undefined && !isWritten({ what: "share", value: parsed.notApplicableShare, percent: true })) problems.push(`notApplicableShare ${parsed.notApplicableShare} not written`);
  for (const u of parsed.unparsed) if (!input.includes(u)) problems.push(`unparsed words not in input: ${JSON.stringify(u)}`);
  return problems;
}
