import type { Clause } from "../rubric/clause-schema";
import { normalizeRuleText } from "./chinese-numbers";
import type { Fragment } from "./split-fragments";

export interface SubRequirementPart {
  /** One sub-requirement, or one per listed entry for "(1分/项)". */
  readonly requirements: readonly Clause[];
  /** The rules inside the bracket after the points: "(6分,完成50%-40%得5分,…)". */
  readonly inner?: Fragment;
  /** Fixes the inner clauses once read: caps at the part's points, the band the label implies. */
  adjustInner(clauses: Clause[], from: number): void;
}

/** "(3分)", "(满分1分:", "(6分,", "(1分/项)" — the last such bracket in a part. */
const POINTS_BRACKET = /[(（]\s*(满分为?)?\s*(\d+(?:\.\d+)?)\s*分\s*(\/\s*项)?\s*([,，:：]?)/g;
const NUMBERING = /^\s*(\d+\s*[.、．]|[(（]\d+[)）]|[①-⑨])\s*/;

/** A requirement's name: its words without numbering, up to the first 。 ("1.答复时限。在…" → 答复时限). */
function cleanLabel(text: string): string {
  const bare = text.replace(NUMBERING, "");
  const cut = bare.indexOf("。");
  return (cut >= 0 ? bare.slice(0, cut) : bare).trim().replace(/[,，;；:：]+$/, "").trim();
}

function lastBracket(text: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of text.matchAll(POINTS_BRACKET)) last = m as RegExpExecArray;
  return last;
}

/**
 * Reads a part that ends in its own points — a sub-requirement (DESIGN.md §2:
 * "(1分/项)", "…(3分); 2.…(1分)"). Verb-less parts before it are part of its
 * name, or, for "(1分/项)", entries of the same list.
 */
export function readSubRequirementPart(rule: string, part: Fragment, pending: readonly Fragment[]): SubRequirementPart | undefined {
  const bracket = lastBracket(part.text);
  if (!bracket?.[2] || bracket.index === undefined) return undefined;
  const labelText = part.text.slice(0, bracket.index);
  if (labelText.trim() === "" || /[扣加得]\s*\d/.test(normalizeRuleText(labelText))) return undefined;
  const points = bracket[2];
  const perItem = bracket[3] !== undefined;
  const afterPoints = bracket.index + bracket[0].length;
  const rest = part.text.slice(afterPoints);
  const closeAt = Math.max(rest.lastIndexOf(")"), rest.lastIndexOf("）"));
  const innerText = closeAt >= 0 ? rest.slice(0, closeAt) : rest;
  const text = part.text;
  const requirements: Clause[] = [];
  if (perItem) {
    // "明确一位分管领导,并在网站上公开其职责;…(1分/项)": entries are split at ；, a comma stays inside one.
    const entries: Fragment[] = [];
    for (const f of pending) {
      const previous = entries[entries.length - 1];
      if (previous && /^\s*[,，]\s*$/.test(rule.slice(previous.end, f.start))) entries[entries.length - 1] = { start: previous.start, end: f.end, text: rule.slice(previous.start, f.end) };
      else entries.push(f);
    }
    for (const entry of entries) requirements.push({ kind: "sub-requirement", label: cleanLabel(entry.text), points, perItem: true, text: entry.text });
    requirements.push({ kind: "sub-requirement", label: cleanLabel(labelText), points, perItem: true, text: part.text });
  } else {
    const first = pending[0];
    const label = first ? rule.slice(first.start, part.start + bracket.index) : labelText;
    requirements.push({ kind: "sub-requirement", label: cleanLabel(label), points, text: first ? rule.slice(first.start, part.end) : text });
  }
  const innerStart = part.start + afterPoints + (innerText.length - innerText.trimStart().length);
  const inner = innerText.trim() === "" ? undefined : { start: innerStart, end: innerStart + innerText.trim().length, text: innerText.trim() };
  const impliedBand = /(\d+(?:\.\d+)?)%以上$/.exec(normalizeRuleText(labelText))?.[1];
  return {
    requirements,
    ...(inner ? { inner } : {}),
    adjustInner(clauses: Clause[], from: number): void {
      for (let i = from; i < clauses.length; i++) {
        const c = clauses[i];
        // A count inside a part can take no more than the part is worth.
        if (c?.kind === "per-occurrence" && c.effect === "deduct" && c.cap === undefined) clauses[i] = { ...c, cap: points };
        // "网上可办率50%以上(6分,完成50%-40%得5分,…)": 50% and above earns the part's points.
        if (c?.kind === "bands" && i === from && impliedBand !== undefined) {
          clauses[i] = { ...c, bands: [{ from: impliedBand, fromInclusive: true, toInclusive: true, points }, ...c.bands] };
        }
      }
    },
  };
}
