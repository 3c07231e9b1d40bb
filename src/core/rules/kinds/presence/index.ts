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

/** 有…的得5分，没有的扣1分: present earns the points; absence takes `deduct` (all, when unstated) — the most that can be lost. */
export const presenceKind: KindModule<"presence"> = {
  ...inert("presence"),
  readers: [],
  merge,
  maxDeduction: (c) => new Decimal(c.deduct ?? c.points),
  deductionSteps: (c) => ({ once: [new Decimal(c.deduct ?? c.points)], repeated: [] }),
  formFields: (c, index, label) => [{ kind: "check", clause: index, label: `没有：${label}`, points: c.deduct ?? c.points, effect: "deduct" }],
};
