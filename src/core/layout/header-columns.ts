import type { ColumnMap, ColumnRole, IndicatorRole } from "./column-role";
import { INDICATOR_ROLES } from "./column-role";
import type { HeaderRole } from "./header-synonyms";

/**
 * The next indicator level for a second column naming a level already taken:
 * 类别 | 考核项目 | 评价指标 are three levels, outermost first, though two of
 * the words are 一级 words in other tables.
 */
function deeperLevel(map: ColumnMap, role: IndicatorRole): IndicatorRole | undefined {
  const from = INDICATOR_ROLES.indexOf(role);
  return INDICATOR_ROLES.slice(from + 1).find((r) => map[r] === undefined);
}

function isIndicator(role: ColumnRole): role is IndicatorRole {
  return (INDICATOR_ROLES as readonly string[]).includes(role);
}

/**
 * Each role's column, left to right: the first column naming a role takes it;
 * a repeated indicator level moves one level deeper; a weak rule word
 * (考核要求) is the rule column only when no column names the rules outright,
 * else it is the content.
 */
export function toColumnMap(found: ReadonlyMap<number, HeaderRole>): ColumnMap {
  const map: ColumnMap = {};
  const entries = [...found.entries()].sort((a, b) => a[0] - b[0]);
  const strongRule = entries.some(([, r]) => r.role === "rule" && !r.weak);
  for (const [col, { role, weak }] of entries) {
    let target: ColumnRole | undefined = weak && (strongRule || map.rule !== undefined) ? "content" : role;
    if (map[target] !== undefined && isIndicator(target)) target = deeperLevel(map, target);
    if (target !== undefined && map[target] === undefined) map[target] = col;
  }
  return map;
}

/** The columns a map uses, for telling them from the ones it leaves out. */
export function mappedColumns(map: ColumnMap): Set<number> {
  return new Set(Object.values(map));
}
