import { countedBy, howOftenUnsure } from "../per-occurrence/counted";
import type { ReadContext } from "../kind-module";
import type { FragmentReading } from "../../fragment-reading";
import { clauseReading } from "../../fragment-reading";
import { amountsIn, COUNTER, NUM, RANGE } from "../../patterns";

const ACTION = new RegExp(`(少得|扣除|扣减|扣|加|得|计|记)${NUM}分`);
/** "、首席代表扣1.5分": an amount taken from someone else (the window's 首席代表), not from this item. */
export const OTHER_PARTY = /[、，,]?(?:首席代表|窗口负责人|责任人)(?:个人)?(?:各)?扣(?:除)?[\dL.]+分/g;
const PER_AFTER = new RegExp(`^\\/(${COUNTER})`);

/**
 * 扣1分 / 加2分 / 得0.5分, per occurrence when the words before it count
 * something (or "扣0.5分/项"). A fragment naming a range or a second amount
 * is not one flat action: it is left unread rather than guessed.
 */
/** "黄色或红色纠错信号的,分别扣5分和10分": one amount each, in order — two clauses quoting the same words. */
const RESPECTIVELY = new RegExp(`分别(扣除|扣|加)${NUM}分?(?:和|、)${NUM}分$`);

export function readAction({ n: words, condition }: ReadContext): FragmentReading | undefined {
  const n = words.replace(OTHER_PARTY, "");
  const each = RESPECTIVELY.exec(n);
  if (each?.[2] && each[3] && /或|和|、/.test(condition + n.slice(0, each.index))) {
    const effect = each[1] === "加" ? "bonus" : "deduct";
    return { kind: "clause", clause: { kind: "flat", effect, points: each[2] }, also: [{ kind: "flat", effect, points: each[3] }] };
  }
  const action = ACTION.exec(n);
  if (!action?.[1] || !action[2]) return undefined;
  // "第一项、第二项不达要求的分别扣5分": 5 each, for as many as are listed — not one amount.
  if (n.slice(0, action.index).endsWith("分别")) return { kind: "unknown" };
  if (action[1] === "得" && n.charAt(action.index - 1) === "不") return undefined;
  if (new RegExp(RANGE).test(n) || amountsIn(n) > 1) return { kind: "unknown" };
  // 扣分值的50%, 扣1分后再…: amounts of another kind.
  if (/[%％]/.test(n.slice(action.index)) || /倍/.test(n)) return { kind: "unknown" };
  // 扣2分以上 / 扣1分左右: not an amount.
  if (/^(?:以上|以下|以内|之内|左右)/.test(n.slice(action.index + action[0].length))) return { kind: "unknown" };
  const after = PER_AFTER.exec(n.slice(action.index + action[0].length))?.[1];
  const effect = action[1] === "加" ? "bonus" : action[1] === "得" || action[1] === "计" || action[1] === "记" ? "award" : "deduct";
  const before = condition + n.slice(0, action.index);
  if (after === undefined && effect === "deduct" && howOftenUnsure(before)) return { kind: "unknown" };
  const counted = after ?? countedBy(before);
  if (counted !== undefined) return clauseReading({ kind: "per-occurrence", effect, points: action[2], per: counted });
  // "综合采用2个以上单位报送信息各计1分", "专项报道…,该单位计10分": given to each of several, or per event — how often is not said.
  if (/(?:各|该单位|该部门)$/.test(n.slice(0, action.index))) return { kind: "unknown" };
  // "发现一卷扣10分": one of a thing no counter pattern knows is still counted.
  if (/(?:发现|出现|每有|每)(?:1|一)[\u4e00-\u9fa5]$/.test(before)) return { kind: "unknown" };
  // "每少一X扣3分" with a counter no pattern knows: a count all the same, never one flat amount.
  if (/每(?!月|季|周|年|半年|日|天)[^,，;；]{0,12}$/.test(before) && /每(?:少|缺|多|超|发现|出现|有|增加)?[\d]/.test(before)) return { kind: "unknown" };
  return clauseReading({ kind: "flat", effect, points: action[2] });
}
