// The options of `npm run package`, checked before anything is written:
//   --url https://HOST/PATH/      where the office's web server will serve the folder
//   --office-js hosted|bundled|URL which office.js the pages load (default hosted)
//   --out DIR                      where release/ goes (default: release/ in the project)
// A bad value is a Chinese sentence (with English after it), never a stack trace.

/** Microsoft's hosted office.js: the supported way, kept current by Microsoft. */
export const HOSTED_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export type OfficeJsChoice =
  | { readonly kind: "hosted"; readonly url: string }
  /** The npm @microsoft/office-js files (2022) copied into the package's office/ folder. */
  | { readonly kind: "bundled"; readonly url: string }
  /** An office.js the office's IT hosts itself (a mirror of lib/1/hosted/). */
  | { readonly kind: "url"; readonly url: string };

export interface PackageOptions {
  /** The normalised base, always ending in "/". */
  readonly baseUrl: string;
  readonly officeJs: OfficeJsChoice;
  readonly outDir: string | undefined;
}

export const PACKAGE_USAGE = `用法 / usage: npm run package -- --url https://主机/路径/ [--office-js hosted|bundled|https://…/office.js] [--out 目录]`;

/** Why a --url cannot be the package's base, or undefined when it can. */
export function baseUrlProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `--url “${text}” 不是完整的网址，应形如 https://kaohe.example.org/addin/ / not a full URL`;
  }
  if (url.protocol !== "https:") return `--url 必须以 https:// 开头：Excel 只从 HTTPS 地址加载加载项（“${text}”）/ Excel loads add-ins over HTTPS only`;
  if (/\s/.test(text)) return `--url 中不能有空格（“${text}”）/ no spaces in the URL`;
  if (url.username !== "" || url.password !== "") return `--url 中不能带用户名或密码（“${text}”）/ no user name or password in the URL`;
  if (url.search !== "" || text.includes("?")) return `--url 不能带查询字符串（“?”之后的部分）：清单中的每个地址都由它加上文件名构成（“${text}”）/ no query string`;
  if (url.hash !== "" || text.includes("#")) return `--url 不能带“#”片段（“${text}”）/ no fragment`;
  if (!text.endsWith("/")) return `--url 必须以“/”结尾，指向存放加载项文件的目录，例如 ${text}/（“${text}”）/ the URL must end with a slash`;
  return undefined;
}

function officeJsChoice(value: string | undefined, baseUrl: string): OfficeJsChoice | string {
  if (value === undefined || value === "hosted") return { kind: "hosted", url: HOSTED_OFFICE_JS };
  if (value === "bundled") return { kind: "bundled", url: `${baseUrl}office/office.js` };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `--office-js 应为 hosted、bundled 或 office.js 的完整 https 地址，而不是“${value}” / hosted, bundled or the https URL of an office.js`;
  }
  if (url.protocol !== "https:") return `--office-js 的地址必须是 https：HTTPS 页面不能加载 HTTP 脚本（“${value}”）/ must be https`;
  if (url.search !== "" || url.hash !== "" || !url.pathname.endsWith("/office.js")) return `--office-js 的地址应指向 …/office.js，且不带“?”或“#”（“${value}”）/ must end in /office.js`;
  return { kind: "url", url: url.href };
}

export function parsePackageOptions(argv: readonly string[]): PackageOptions | string {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? "";
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (flag !== "--url" && flag !== "--office-js" && flag !== "--out") return `未知参数“${arg}” / unknown argument\n${PACKAGE_USAGE}`;
    const value = inline ?? argv[i + 1];
    if (inline === undefined) i += 1;
    if (value === undefined || value === "") return `${flag} 后面缺少取值 / ${flag} needs a value\n${PACKAGE_USAGE}`;
    values.set(flag, value);
  }
  const text = values.get("--url");
  if (text === undefined) return `缺少 --url：请给出 IT 部门将提供加载项文件的 https 地址 / --url is required\n${PACKAGE_USAGE}`;
  const problem = baseUrlProblem(text);
  if (problem !== undefined) return problem;
  const baseUrl = new URL(text).href;
  const officeJs = officeJsChoice(values.get("--office-js"), baseUrl);
  if (typeof officeJs === "string") return officeJs;
  return { baseUrl, officeJs, outDir: values.get("--out") };
}
