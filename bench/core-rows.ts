// The core's part of the bench table: each size with its target and verdict,
// its memory, and before/after — side by side with a before-checkout when
// KAOHE_BENCH_BEFORE names one, and the figures stored in core-before.ts.
import type { CoreSample } from "./core-worker";
import { CORE_BEFORE, CORE_BEFORE_COMMIT, CORE_BEFORE_IDLE } from "./core-before";
import { round } from "./measure";

export type Measured = { readonly ok: true; readonly value: CoreSample } | { readonly ok: false; readonly error: string };

export interface CoreTargets {
  readonly core48Ms: number;
  readonly core10000Ms: number;
  readonly linearityFactor: number;
}

export interface CoreVerdicts {
  readonly core48: boolean | undefined;
  readonly core10000: boolean | undefined;
  readonly linearity: boolean | undefined;
  /** ms/unit at 10,000 ÷ ms/unit at 48. */
  readonly linearityRatio: number | undefined;
  /** For information: 48 units is a short run (JIT and GC noise); 1,000 is a steadier base. */
  readonly linearityFrom1000: number | undefined;
  /** For information: the same ratio in CPU time, which a loaded machine disturbs less than the wall clock. */
  readonly linearityCpu: number | undefined;
}

const values = (runs: readonly Measured[]): CoreSample[] => runs.flatMap((c) => (c.ok ? [c.value] : []));

export function coreVerdicts(runs: readonly Measured[], targets: CoreTargets): CoreVerdicts {
  const ok = values(runs);
  const small = ok.find((c) => c.units === 48);
  const middle = ok.find((c) => c.units === 1000);
  const large = ok.find((c) => c.units === 10000);
  const linearityRatio = small && large ? round(large.msPerUnit / small.msPerUnit, 2) : undefined;
  return {
    core48: small ? small.medianMs < targets.core48Ms : undefined,
    core10000: large ? large.medianMs < targets.core10000Ms : undefined,
    linearity: linearityRatio === undefined ? undefined : linearityRatio <= targets.linearityFactor,
    linearityRatio,
    linearityFrom1000: middle && large ? round(large.msPerUnit / middle.msPerUnit, 2) : undefined,
    linearityCpu: small?.cpuMedianMs && large?.cpuMedianMs ? round(large.cpuMedianMs / large.units / (small.cpuMedianMs / small.units), 2) : undefined,
  };
}

const yesNo = (met: boolean | undefined): string => (met === undefined ? "n/a" : met ? "met" : "NOT met");
const load = (s: CoreSample): string => (s.loadAverage ? `load ${s.loadAverage[0]}→${s.loadAverage[1]}` : "load n/a");
const cpu = (s: CoreSample): string => (s.cpuMedianMs === undefined ? "" : `, CPU ${s.cpuMedianMs} ms`);

/** Table rows: measure | value | target | verdict. */
export function coreRows(after: readonly Measured[], before: readonly Measured[] | undefined, beforeLabel: string, targets: CoreTargets): string[][] {
  const verdicts = coreVerdicts(after, targets);
  const rows: string[][] = [];
  const beforeOf = (units: number): CoreSample | undefined => values(before ?? []).find((b) => b.units === units);
  for (const c of after) {
    if (!c.ok) {
      rows.push(["core", `failed: ${c.error.slice(0, 60)}`, "", ""]);
      continue;
    }
    const v = c.value;
    const target = v.units === 48 ? `< ${targets.core48Ms} ms` : v.units === 10000 ? `< ${targets.core10000Ms} ms` : "";
    const verdict = v.units === 48 ? yesNo(verdicts.core48) : v.units === 10000 ? yesNo(verdicts.core10000) : "";
    rows.push([`core ${v.units} units (${v.items} items)`, `median ${v.medianMs} ms${cpu(v)}, ${v.itemsPerSecond} items/s, ${v.msPerUnit} ms/unit (${load(v)})`, target, verdict]);
    const side = beforeOf(v.units);
    if (side) {
      rows.push([`  before: ${beforeLabel}, side by side`, `median ${side.medianMs} ms${cpu(side)}, ${side.msPerUnit} ms/unit (${load(side)}) → now ${round(side.medianMs / v.medianMs, 2)}× as fast${side.cpuMedianMs && v.cpuMedianMs ? `, ${round(side.cpuMedianMs / v.cpuMedianMs, 2)}× less CPU` : ""}`, "", ""]);
    }
    const stored = CORE_BEFORE.find((b) => b.units === v.units);
    if (stored) {
      rows.push([`  before issue 17 (${CORE_BEFORE_COMMIT}, load ${stored.loadAverage})`, `median ${stored.medianMs} ms, ${stored.msPerUnit} ms/unit, peak rss ${stored.maxRssMb} MB → now ${round(stored.medianMs / v.medianMs, 2)}× as fast`, "", ""]);
    }
    const perUnit = v.kbPerUnit === undefined ? "" : ` = ${v.kbPerUnit} KB per unit kept`;
    const beforeMemory = side ? `; before heapUsed +${side.heapUsedDeltaMb} MB, peak rss ${side.maxRssMb} MB` : "";
    rows.push([`  memory ${v.units} units`, `heapUsed +${v.heapUsedDeltaMb} MB${perUnit}, rss ${v.rssDeltaMb >= 0 ? "+" : ""}${v.rssDeltaMb} MB, peak rss ${v.maxRssMb} MB${beforeMemory}`, v.units === 10000 ? "reported" : "", ""]);
  }
  rows.push(["  before issue 17, idle machine", `48 units ${CORE_BEFORE_IDLE.core48Ms} ms, 10,000 units ${CORE_BEFORE_IDLE.core10000Ms / 1000} s`, "", ""]);
  const ratio = verdicts.linearityRatio;
  rows.push(["linearity (ms/unit 10,000 ÷ 48)", ratio === undefined ? "n/a" : `${ratio}×`, `≤ ${targets.linearityFactor}×`, yesNo(verdicts.linearity)]);
  rows.push(["  (ms/unit 10,000 ÷ 1,000)", verdicts.linearityFrom1000 === undefined ? "n/a" : `${verdicts.linearityFrom1000}×`, "", ""]);
  rows.push(["  (CPU ms/unit 10,000 ÷ 48)", verdicts.linearityCpu === undefined ? "n/a" : `${verdicts.linearityCpu}×`, "", ""]);
  return rows;
}
