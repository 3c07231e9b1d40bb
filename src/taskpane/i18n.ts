import { EN_US } from "./strings-en-us";
import type { StringKey } from "./strings-zh-cn";
import { ZH_CN } from "./strings-zh-cn";

export type PaneLocale = "zh-CN" | "en-US";

/** Chinese unless Office shows another language; then English, the one other table. */
export function paneLocale(displayLanguage: string | undefined): PaneLocale {
  if (displayLanguage === undefined || displayLanguage === "") return "zh-CN";
  return /^zh\b/i.test(displayLanguage) ? "zh-CN" : "en-US";
}

export type Translate = (key: StringKey, params?: Readonly<Record<string, string | number>>) => string;

/** A lookup for one locale; "{name}" in a string takes params.name. */
export function translator(locale: PaneLocale): Translate {
  const table: Readonly<Record<StringKey, string>> = locale === "zh-CN" ? ZH_CN : EN_US;
  return (key, params = {}) => table[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type { StringKey };
