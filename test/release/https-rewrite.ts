// The manifest's URLs are https (Office requires it), while the test serves
// the unpacked package with a plain HTTP static server on the same port and
// path. Chromium asks for https://127.0.0.1:PORT/addin/…; this route answers
// each such request with what http://127.0.0.1:PORT/addin/… returns, so the
// pages run at exactly the manifest's URLs and no certificate is needed.
// (Node has no API to mint a certificate, and trusting one in Chromium would
// need more flags than the rewrite.) Everything else falls through to the
// e2e browser's own route, which aborts and records any request off loopback.
import type { BrowserContext } from "playwright-core";

export interface Served {
  readonly url: string;
  readonly status: number;
  readonly type: string;
}

export async function rewriteHttpsToHttp(context: BrowserContext, origin: string): Promise<Served[]> {
  const served: Served[] = [];
  const plain = origin.replace(/^https:/, "http:");
  await context.route(`${origin}/**`, async (route) => {
    const url = route.request().url();
    const response = await route.fetch({ url: plain + url.slice(origin.length) });
    served.push({ url, status: response.status(), type: response.headers()["content-type"] ?? "" });
    await route.fulfill({ response });
  });
  return served;
}
