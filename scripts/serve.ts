// A small static server for dist/: the pane and the commands page as Excel
// loads them from https://localhost:3000, and the preview (preview.html)
// with its workbooks under /example/ (out/example/). Pages go out as UTF-8
// (CJK text is garbled otherwise). A page that carries its own
// Content-Security-Policy (the pane and the commands page name the office.js
// origin they load) is sent as it is; any other page gets one that allows
// only this origin. HTTPS with the Office dev certificate (serve-cert.ts),
// HTTP otherwise — and the caller is told which (`secure`, `certificate`).
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer as createHttp, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createHttps } from "node:https";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { findDevCertificate, type DevCertificate } from "./serve-cert";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

export interface ServeOptions {
  /** 0 picks a free port (the end-to-end tests); default 3000, where the manifest points. */
  readonly port?: number;
  /** Extra folders by URL prefix, e.g. { "/example/": "out/example" }. */
  readonly mounts?: Readonly<Record<string, string>>;
  /** false: plain HTTP even when the dev certificates are installed. */
  readonly https?: boolean;
}

/** The file a URL path names under its root, or undefined when outside it or missing. */
function fileFor(path: string, roots: readonly (readonly [string, string])[]): string | undefined {
  for (const [prefix, root] of roots) {
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length);
    const file = normalize(join(root, rest === "" ? "taskpane.html" : rest));
    if (file.startsWith(root + sep) && existsSync(file) && statSync(file).isFile()) return file;
    return undefined;
  }
  return undefined;
}

function handler(roots: readonly (readonly [string, string])[]) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("错误的地址 / Bad request");
      return;
    }
    const file = fileFor(path, roots);
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("未找到 / Not found");
      return;
    }
    const body = readFileSync(file);
    const ownPolicy = extname(file) === ".html" && /http-equiv=["']?content-security-policy/i.test(body.toString("utf8"));
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      ...(ownPolicy ? {} : { "content-security-policy": CSP }),
      "cache-control": "no-store",
    });
    res.end(body);
  };
}

export interface Served {
  readonly url: string;
  readonly port: number;
  /** True when served over HTTPS (the dev certificate was found and valid). */
  readonly secure: boolean;
  /** The certificate found, or why there is none (when HTTPS was wanted). */
  readonly certificate: DevCertificate;
  close(): Promise<void>;
}

export function serve(dir: string, options: number | ServeOptions = {}): Promise<Served> {
  const { port = 3000, mounts = {}, https = true } = typeof options === "number" ? { port: options } : options;
  // Longest prefix first, so /example/ wins over /.
  const roots = [...Object.entries(mounts).map(([prefix, folder]) => [prefix, resolve(folder)] as const), ["/", resolve(dir)] as const].sort((a, b) => b[0].length - a[0].length);
  const certificate: DevCertificate = https ? findDevCertificate() : { ok: false, reason: "missing", detail: "HTTP asked for" };
  const secure = certificate.ok;
  const server = certificate.ok ? createHttps({ cert: certificate.cert, key: certificate.key }, handler(roots)) : createHttp(handler(roots));
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      const actual = (server.address() as AddressInfo).port;
      done({
        url: `${secure ? "https" : "http"}://localhost:${actual}/`,
        port: actual,
        secure,
        certificate,
        close: () => new Promise<void>((closed) => server.close(() => closed())),
      });
    });
  });
}

if (require.main === module) {
  serve(process.argv[2] ?? "dist", { mounts: { "/example/": join(__dirname, "..", "out", "example") } }).then((s) => console.log(`正在提供 / serving ${s.url}`));
}
