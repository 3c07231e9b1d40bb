import type { FragmentReader } from "../kinds/kind-module";

/** Fragments that carry no rule of their own: 扣完为止 is the default cap; 可累计, 满分 restate. */
const FILLER = /^(扣完为止|扣满为止|扣完即止|分值扣完为止|直至扣完|不计负分|不倒扣分|扣至0分为止|可累计|\(可累计\)|累计计算|满分\d+(\.\d+)?分)$/;
/** 扣完本项分值为止, 直至扣完该项分数, 本项分值扣完为止: the default cap (the item's own points) in other words. */
export const ITEM_USED_UP = /^(?:(?:直至|直到)?扣完(?:本|该|此)项(?:目)?(?:全部)?(?:分值|分数|分)?(?:为止|即止|止)?|(?:本|该|此)项(?:目)?(?:分值|分数)?扣完为止)$/;
/** "首席代表扣1.5分": someone else's deduction (the window's 首席代表), not this item's. */
const OTHER_PARTY_ONLY = /^(?:首席代表|窗口负责人|责任人)(?:个人)?(?:各)?扣(?:除)?[\dL.]+分$/;
/** "（共计扣 25 分）" heads a list and restates the total of the deductions below it. */
const TOTAL_RESTATED = /[(（]共计扣\d+(\.\d+)?分[)）]/;

/** Readings that are not clauses: filler, a not-applicable share, and the last word — points no pattern read. */
export const OTHER_READERS: readonly FragmentReader[] = [
  { name: "filler", order: 0, read: ({ n }) => (n === "" || FILLER.test(n) || ITEM_USED_UP.test(n) || TOTAL_RESTATED.test(n) || OTHER_PARTY_ONLY.test(n) ? { kind: "ignore" } : undefined) },
  // 以此类推: the amounts before it go on in steps; the parser says whether a step was read (parse-rule-text.ts).
  { name: "extrapolate", order: 5, read: ({ n }) => (/^(?:以此类推|依此类推|依次类推|以次类推|类推)$/.test(n) ? { kind: "extrapolate" } : undefined) },
  {
    name: "not-applicable-share",
    order: 20,
    read: ({ n }) => {
      const share = /未涉及(?:的)?单位按(?:考核)?分数的(\d+(?:\.\d+)?)%计分/.exec(n);
      return share?.[1] ? { kind: "not-applicable-share", share: String(Number(share[1]) / 100) } : undefined;
    },
  },
  // "扣除相应分值", "按比例计分", "扣该项分值的50%": scoring words without an amount a pattern placed.
  // "进行扣分" alone introduces what follows.
  // A verb-less amount ("每宗0.3分") is never the condition of the action after it.
  { name: "unknown", order: 999, read: ({ n }) => (/[扣加](?!分)\S*分|分值|计分|\d分(?![钟之])|[得计记][*＊×xX]+分/.test(n) ? { kind: "unknown" } : undefined) },
];
