import type { Finding } from "./finding";
import { messageEnUs } from "./messages-en-us";
import { messageZhCn } from "./messages-zh-cn";

export type Locale = "zh-CN" | "en-US";

export function findingMessage(f: Finding, locale: Locale = "zh-CN"): string {
  return locale === "en-US" ? messageEnUs(f) : messageZhCn(f);
}
