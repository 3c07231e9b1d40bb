import { inert } from "../defaults";
import type { KindModule, ReadContext } from "../kind-module";
import type { FragmentReading } from "../../fragment-reading";
import { clauseReading } from "../../fragment-reading";
import { NUM } from "../../patterns";

/** 完成目标分值70%以上不足100%得70%分数 / 30%以下不得分 */
function read({ n }: ReadContext): FragmentReading | undefined {
  const share = new RegExp(`${NUM}%(?:以上|及以上)(?:不足${NUM}%)?(?:的)?得${NUM}%(?:的)?分`).exec(n);
  if (share?.[1] && share[3]) {
    const band = { from: share[1], fromInclusive: true, toInclusive: false, share: String(Number(share[3]) / 100) };
    return clauseReading({ kind: "ratio", bands: [share[2] ? { ...band, to: share[2] } : band] });
  }
  const none = new RegExp(`${NUM}%以下(?:的)?不得分`).exec(n);
  if (none?.[1]) return clauseReading({ kind: "ratio", bands: [{ to: none[1], toInclusive: false, fromInclusive: true, share: "0" }] });
  return undefined;
}

/** 攀枝花 完成目标分值70%以上不足100%得70%分数: a share of the points by achieved/target; scored from the targets file. */
export const ratioKind: KindModule<"ratio"> = {
  ...inert("ratio"),
  readers: [{ name: "ratio", order: 310, read }],
  merge: (previous, next) => (previous.kind === "ratio" && next.kind === "ratio" ? { ...previous, bands: [...previous.bands, ...next.bands] } : undefined),
  spansRange: () => true,
};
