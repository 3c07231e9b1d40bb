// A small static server for dist/: the pane and the commands page as Excel
// loads them from https://localhost:3000. Pages go out as UTF-8 (CJK text is
// garbled otherwise) with a Content-Security-Policy that allows only this
// origin. HTTPS when the Office dev certificates are installed
// (`npx office-addin-dev-certs install` on the user's machine), HTTP otherwise.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer as createHttp, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createHttps } from "node:https";
import { homedir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

function handler(root: string) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(root, path === "/" ? "taskpane.html" : path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("未找到 / Not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "content-security-policy": CSP,
      "cache-control": "no-store",
    });
    res.end(readFileSync(file));
  };
}

export interface Served {
  readonly url: string;
  close(): void;
}

export function serve(dir: string, port = 3000): Promise<Served> {
  const root = resolve(dir);
  const certDir = join(homedir(), ".office-addin-dev-certs");
  const cert = join(certDir, "localhost.crt");
  const key = join(certDir, "localhost.key");
  const secure = existsSync(cert) && existsSync(key);
  const server = secure
    ? createHttps({ cert: readFileSync(cert), key: readFileSync(key) }, handler(root))
    : createHttp(handler(root));
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () =>
      done({ url: `${secure ? "https" : "http"}://localhost:${port}/`, close: () => server.close() }),
    );
  });
}

if (require.main === module) {
  serve(process.argv[2] ?? "dist").then((s) => console.log(`正在提供 / serving ${s.url}`));
}
