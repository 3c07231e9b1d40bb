import Decimal from "decimal.js";
import type { Clause } from "../../../rubric/clause-schema";
import { inert } from "../defaults";
import type { KindModule } from "../kind-module";
import type { ClauseReading } from "../../fragment-reading";

/** The second half of a presence rule: what absence does (没有的扣1分, 无…的不得分, 否则扣1分, 未…的扣1分). */
const ABSENT = /^(?:没有|无|未|否则|不|缺)/;

function merge(previous: Clause, next: ClauseReading, words: string): ClauseReading | undefined {
  if (previous.kind !== "flat" || previous.effect !== "award" || !ABSENT.test(words)) return undefined;
  // "有专人负责…得0.5分" is a presence only when the first half says something is there.
  if (!/^(?:有|建立|设立|设置|开设|制定|配备|已)/.test(previous.text.trim())) return undefined;
  if (next.kind === "zero-out") return { kind: "presence", points: previous.points };
  if (next.kind === "flat" && next.effect === "deduct") return { kind: "presence", points: previous.points, deduct: next.points };
  return undefined;
}

const TAKES = new Set(["flat", "per-occurrence", "per-step", "zero-out", "judgement", "aggravation", "any-of", "rate-trigger", "veto"]);
/** A standard met: 有…, 建立…, 健全…, 严格按…, …齐全, …规范. */
const STANDARD = /有|建立|健全|设立|制定|明确|严格|齐全|规范|达到|完成|按时|及时|遵守/;

/**
 * "窗口工作人员严格按规定到岗办公,得20分。…每人次扣3分": the points for the
 * standard met, then what falls short of it takes off — the first clause is a
 * presence. Said alone ("有分管领导…得5分") it is one too. Several awards
 * (得0.5分；得0.5分) add up and stay flat.
 */
function settle(clauses: readonly Clause[]): Clause[] {
  const [first, ...rest] = clauses;
  if (first?.kind !== "flat" || first.effect !== "award") return [...clauses];
  // Alone, only "有…得5分" says presence; "完成…计20分" is points for a task done.
  if (rest.length === 0 && !(STANDARD.test(first.text) && /得\s*[\d.]+\s*分/.test(first.text) && /有/.test(first.text))) return [...clauses];
  const othersTake = rest.every((c) => TAKES.has(c.kind) && (!("effect" in c) || c.effect === "deduct"));
  if (!othersTake) return [...clauses];
  return [{ kind: "presence", points: first.points, text: first.text }, ...rest];
}

/** 有…的得5分，没有的扣1分: present earns the points; absence takes `deduct` (all, when unstated) — the most that can be lost. */
export const presenceKind: KindModule<"presence"> = {
  ...inert("presence"),
  readers: [],
  merge,
  settle,
  maxDeduction: (c) => new Decimal(c.deduct ?? c.points),
  deductionSteps: (c) => ({ once: [new Decimal(c.deduct ?? c.points)], repeated: [] }),
  formFields: (c, index, label) => [{ kind: "check", clause: index, label: `没有：${label}`, points: c.deduct ?? c.points, effect: "deduct" }],
};
