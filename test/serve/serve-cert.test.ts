// `npm start` serves HTTPS only with a usable localhost certificate and
// otherwise says, in Chinese, why Excel cannot load the pane and how to get
// HTTPS on this machine. The certificates here are made by openssl at test
// time (Node can read a certificate but not make one).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../../scripts/serve";
import { findDevCertificate, noHttpsAdvice } from "../../scripts/serve-cert";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kaohe-cert-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("no certificate: missing, and the advice names HTTPS, the preview and the steps", () => {
  const found = findDevCertificate(join(dir, "none"));
  expect(found).toMatchObject({ ok: false, reason: "missing" });
  if (found.ok) return;
  const advice = noHttpsAdvice(found, "http://localhost:3000/preview.html");
  expect(advice).toContain("Excel 只从 HTTPS 地址加载加载项");
  expect(advice).toContain("http://localhost:3000/preview.html");
  expect(advice).toContain("npx office-addin-dev-certs install");
  expect(advice).toContain("npm run package");
});

test("a certificate file that is not one: unreadable", () => {
  const bad = join(dir, "bad");
  execFileSync("mkdir", ["-p", bad]);
  writeFileSync(join(bad, "localhost.crt"), "not a certificate");
  writeFileSync(join(bad, "localhost.key"), "not a key");
  expect(findDevCertificate(bad)).toMatchObject({ ok: false, reason: "unreadable" });
});

test("a real certificate is usable until it expires", () => {
  const good = join(dir, "good");
  execFileSync("mkdir", ["-p", good]);
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost", "-keyout", join(good, "localhost.key"), "-out", join(good, "localhost.crt")], { stdio: "ignore" });
  const now = findDevCertificate(good);
  expect(now.ok).toBe(true);
  const later = findDevCertificate(good, new Date(Date.now() + 3 * 24 * 3600 * 1000));
  expect(later).toMatchObject({ ok: false, reason: "expired" });
});

test("serve over HTTP says it is not secure, and leaves a page's own CSP alone", async () => {
  const root = join(dir, "site");
  execFileSync("mkdir", ["-p", root]);
  writeFileSync(join(root, "own.html"), `<meta http-equiv=Content-Security-Policy content="script-src 'self' https://appsforoffice.microsoft.com">`);
  writeFileSync(join(root, "plain.html"), "<p>hi</p>");
  const served = await serve(root, { port: 0, https: false });
  const header = (path: string) =>
    new Promise<string | undefined>((done, fail) => {
      get(`${served.url}${path}`, (res) => {
        res.resume();
        done(res.headers["content-security-policy"] as string | undefined);
      }).on("error", fail);
    });
  try {
    expect(served.secure).toBe(false);
    expect(served.url.startsWith("http://")).toBe(true);
    expect(await header("own.html")).toBeUndefined();
    expect(await header("plain.html")).toContain("default-src 'self'");
  } finally {
    await served.close();
  }
});
