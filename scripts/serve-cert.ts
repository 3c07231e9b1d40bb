// The localhost certificate `npm start` serves HTTPS with: the one
// Microsoft's office-addin-dev-certs tool makes and has the system trust
// (~/.office-addin-dev-certs/localhost.crt and .key). Without it, or when it
// has expired, there is no HTTPS — and Excel loads add-ins over HTTPS only.
import { X509Certificate } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export const CERT_DIR = join(homedir(), ".office-addin-dev-certs");

export type DevCertificate =
  | { readonly ok: true; readonly cert: Buffer; readonly key: Buffer; readonly validTo: Date }
  | { readonly ok: false; readonly reason: "missing" | "expired" | "unreadable"; readonly detail: string };

export function findDevCertificate(dir: string = CERT_DIR, now: Date = new Date()): DevCertificate {
  const certFile = join(dir, "localhost.crt");
  const keyFile = join(dir, "localhost.key");
  if (!existsSync(certFile) || !existsSync(keyFile)) return { ok: false, reason: "missing", detail: `${certFile}` };
  try {
    const cert = readFileSync(certFile);
    const validTo = new Date(new X509Certificate(cert).validTo);
    if (validTo.getTime() <= now.getTime()) return { ok: false, reason: "expired", detail: `${certFile} (${validTo.toISOString().slice(0, 10)})` };
    return { ok: true, cert, key: readFileSync(keyFile), validTo };
  } catch (error) {
    return { ok: false, reason: "unreadable", detail: `${certFile}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** What `npm start` says when it can serve only HTTP: why Excel cannot use it, and how to get HTTPS here. */
export function noHttpsAdvice(problem: Extract<DevCertificate, { ok: false }>, previewUrl: string): string {
  const why = {
    missing: `本机没有 localhost 开发证书（${problem.detail}）`,
    expired: `本机的 localhost 开发证书已过期（${problem.detail}）`,
    unreadable: `无法读取本机的 localhost 开发证书（${problem.detail}）`,
  }[problem.reason];
  return [
    `注意：${why}，所以现在只以 HTTP 提供。`,
    "  · Excel 只从 HTTPS 地址加载加载项：现在在 Excel 中旁加载 manifest.xml，任务窗格和功能区按钮都打不开。",
    `  · 本地预览不受影响，在浏览器中打开 ${previewUrl} 即可。`,
    "  要在本机用 HTTPS（Excel 旁加载需要）：",
    "    1. npx office-addin-dev-certs install --days 365",
    "       （第一次运行需要联网下载这个微软工具；它生成 localhost 证书，放在 ~/.office-addin-dev-certs/，",
    "        并把它的根证书加入本机受信任的根证书——Windows 和 macOS 会弹出确认框，请选“是”。）",
    "    2. 关闭所有 Excel 窗口，重新运行 npm start：会显示 https://localhost:3000/。",
    "    3. 仍然打不开时：npx office-addin-dev-certs verify 检查证书是否受信任。",
    "  不能联网或没有管理员权限的电脑：用 npm run package 生成发布包，由 IT 部门部署到内网 HTTPS 服务器（见 docs/deployment-guide.md）。",
    `Note: no usable localhost certificate (${problem.reason}), so this is plain HTTP. Excel loads add-ins over HTTPS only;`,
    "the preview works over HTTP. For HTTPS here: `npx office-addin-dev-certs install`, then `npm start` again.",
  ].join("\n");
}
