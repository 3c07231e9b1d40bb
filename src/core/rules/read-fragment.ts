import type { FragmentReading } from "./fragment-reading";
import { READERS } from "./kinds/registry";

export type { ClauseReading, FragmentReading } from "./fragment-reading";

/**
 * Reads one fragment, given the verb-less words before it that form its
 * condition: the registry's readers in order, the first that knows the words
 * wins. undefined: no rule here, the words are a condition for what follows.
 */
export function readFragment(n: string, condition: string): FragmentReading | undefined {
  for (const reader of READERS) {
    const reading = reader.read({ n, condition });
    if (reading !== undefined) return reading;
  }
  return undefined;
}
