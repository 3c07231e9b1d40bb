// `npm run package`'s options: a bad --url is refused in Chinese before
// anything is written; --office-js picks hosted, bundled or IT's own copy.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspectManifest } from "../../scripts/manifest-check";
import { HOSTED_OFFICE_JS, parsePackageOptions } from "../../scripts/package/options";
import { manifestVersion, releaseManifest } from "../../scripts/package/release-manifest";

test.each([
  ["http://kaohe.example.org/addin/", "必须以 https:// 开头"],
  ["https://kaohe.example.org/addin", "必须以“/”结尾"],
  ["https://kaohe.example.org", "必须以“/”结尾"],
  ["https://kaohe.example.org/addin/?v=1", "不能带查询字符串"],
  ["https://kaohe.example.org/addin/#top", "不能带“#”片段"],
  ["https://user:pw@kaohe.example.org/addin/", "用户名或密码"],
  ["kaohe.example.org/addin/", "不是完整的网址"],
])("--url %s is refused: %s", (url, phrase) => {
  const parsed = parsePackageOptions(["--url", url]);
  expect(typeof parsed).toBe("string");
  expect(parsed).toContain(phrase);
});

test("a good --url: the base as given, office.js hosted by default", () => {
  expect(parsePackageOptions(["--url", "https://kaohe.example.org/addin/"])).toEqual({ baseUrl: "https://kaohe.example.org/addin/", officeJs: { kind: "hosted", url: HOSTED_OFFICE_JS }, outDir: undefined });
  expect(parsePackageOptions(["--url=https://kaohe.example.org/", "--out", "x"])).toMatchObject({ baseUrl: "https://kaohe.example.org/", outDir: "x" });
});

test("--office-js: bundled points under the base; IT's copy must be an https …/office.js", () => {
  expect(parsePackageOptions(["--url", "https://k.example.org/a/", "--office-js", "bundled"])).toMatchObject({ officeJs: { kind: "bundled", url: "https://k.example.org/a/office/office.js" } });
  expect(parsePackageOptions(["--url", "https://k.example.org/a/", "--office-js", "https://static.example.org/officejs/1/hosted/office.js"])).toMatchObject({ officeJs: { kind: "url", url: "https://static.example.org/officejs/1/hosted/office.js" } });
  expect(parsePackageOptions(["--url", "https://k.example.org/a/", "--office-js", "http://static.example.org/office.js"])).toContain("必须是 https");
  expect(parsePackageOptions(["--url", "https://k.example.org/a/", "--office-js", "https://static.example.org/office.min.js"])).toContain("office.js");
  expect(parsePackageOptions(["--url", "https://k.example.org/a/", "--office-js", "newest"])).toContain("hosted、bundled");
});

test("missing --url and unknown flags are usage errors", () => {
  expect(parsePackageOptions([])).toContain("缺少 --url");
  expect(parsePackageOptions(["--url", "https://k.example.org/a/", "--zip"])).toContain("未知参数");
  expect(parsePackageOptions(["--url"])).toContain("缺少取值");
});

test("npm run package with a bad --url exits 2 and writes nothing", () => {
  const dir = mkdtempSync(join(tmpdir(), "kaohe-package-bad-"));
  try {
    const out = join(dir, "release");
    const run = spawnSync(process.execPath, ["--import", "tsx", join(__dirname, "..", "..", "scripts", "package.ts"), "--url", "http://kaohe.example.org/addin/", "--out", out], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("必须以 https:// 开头");
    expect(existsSync(out)).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the release manifest: every dev URL under the base, a four-part version from package.json", () => {
  expect(manifestVersion("0.1.0")).toBe("0.1.0.0");
  expect(manifestVersion("2.3.4-beta.1")).toBe("2.3.4.0");
  const dev = `<!-- dev --><OfficeApp><Version>1.0.0.0</Version><IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/><bt:Url DefaultValue="https://localhost:3000/taskpane.html"/></OfficeApp>`;
  const out = releaseManifest(dev, "https://k.example.org/a&b/", "0.1.0");
  expect(out).toContain('<IconUrl DefaultValue="https://k.example.org/a&amp;b/assets/icon-32.png"/>');
  expect(out).toContain('DefaultValue="https://k.example.org/a&amp;b/taskpane.html"');
  expect(out).toContain("<Version>0.1.0.0</Version>");
  expect(out).not.toContain("localhost:3000");
});

test("the manifest checks take the base: the dev manifest fails under a package's base, its moved copy passes", () => {
  const root = join(__dirname, "..", "..");
  const dev = readFileSync(join(root, "manifest.xml"), "utf8");
  const commands = readFileSync(join(root, "src", "commands", "commands.ts"), "utf8");
  const base = "https://kaohe.example.org/addin/";
  // Icons are read from the repository, where the package has them too (assets/).
  const options = { manifestDir: root, baseUrl: base };
  const devUnderBase = inspectManifest(dev, commands, options).problems.map((p) => p.code);
  expect(devUnderBase).toContain("URL_NOT_DEV");
  const moved = inspectManifest(releaseManifest(dev, base, "0.1.0"), commands, options).problems;
  expect(moved.map((p) => `${p.code} ${p.en}`)).toEqual([]);
});
