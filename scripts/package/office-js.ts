// office.js for --office-js bundled: the files of the npm package
// @microsoft/office-js copied into the package's office/ folder — the same
// set the dev build has always shipped (office.js, its Excel host files and
// the zh-CN / en-US strings). That copy dates from 2022 (1.1.110, the last on
// npm): the add-in works with it but falls back to older APIs.
import { cpSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";

export const NPM_OFFICE_JS = join(__dirname, "..", "..", "node_modules", "@microsoft", "office-js", "dist");

export const BUNDLED_WARNING =
  "注意：--office-js bundled 使用 npm 包 @microsoft/office-js 中 2022 年的 office.js（1.1.110，已不再更新）。加载项可以运行，但会退回较旧的接口（例如用批注代替注释，无法合并撤销步骤）。有条件时请改用 hosted，或由 IT 部门镜像微软的 lib/1/hosted/ 目录后用 --office-js https://…/office.js 指向它。\n" +
  "Note: --office-js bundled ships the 2022 office.js from npm (1.1.110, no longer updated); the add-in works but degrades to older APIs. Prefer hosted, or IT's own mirror of lib/1/hosted/.";

function wanted(name: string): boolean {
  return name === "office.js" || name === "o15apptofilemappingtable.js" || (/^excel-.*\.js$/.test(name) && !name.endsWith(".debug.js"));
}

/** Copies the npm office.js files into folder/office/; returns how many files. */
export function copyBundledOfficeJs(folder: string): number {
  if (!existsSync(join(NPM_OFFICE_JS, "office.js"))) throw new Error(`找不到 ${NPM_OFFICE_JS}/office.js：请先运行 npm ci / run npm ci first`);
  const target = join(folder, "office");
  mkdirSync(target, { recursive: true });
  let count = 0;
  for (const name of readdirSync(NPM_OFFICE_JS).filter(wanted)) {
    cpSync(join(NPM_OFFICE_JS, name), join(target, name));
    count += 1;
  }
  for (const locale of ["zh-cn", "en-us"]) {
    cpSync(join(NPM_OFFICE_JS, locale, "office_strings.js"), join(target, locale, "office_strings.js"));
    count += 1;
  }
  return count;
}
