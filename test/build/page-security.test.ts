// Where the pages load office.js from (`--env officeJs=URL`), the CSP that
// follows, and the pane's inline fallback for webviews that cannot run it.
import { createHash } from "node:crypto";
import { runInNewContext } from "node:vm";

// Plain CommonJS of the build, required as webpack.config.js does.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const security = require("../../webpack/page-security") as {
  HOSTED_OFFICE_JS: string;
  OLD_WEBVIEW_CHECK: string;
  officeJsUrl(env: Record<string, unknown>): string;
  pageParameters(env: Record<string, unknown>, options: { withOldWebviewCheck: boolean }): { officeJs: string; csp: string; oldWebviewCheck: string };
};

const scriptSrc = (csp: string): string[] => (csp.split("; ").find((d) => d.startsWith("script-src ")) ?? "").split(" ").slice(1);

describe("office.js", () => {
  it("is Microsoft's hosted one by default", () => {
    expect(security.officeJsUrl({})).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(scriptSrc(security.pageParameters({}, { withOldWebviewCheck: false }).csp)).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
  });

  it("can be the office's own copy: its origin, and only it, is allowed", () => {
    const page = security.pageParameters({ officeJs: "https://oa.example.gov.cn:8443/office-js/office.js" }, { withOldWebviewCheck: false });
    expect(page.officeJs).toBe("https://oa.example.gov.cn:8443/office-js/office.js");
    expect(scriptSrc(page.csp)).toEqual(["'self'", "https://oa.example.gov.cn:8443"]);
    expect(page.csp).not.toContain("appsforoffice");
  });

  it("can be a path beside the pages, which 'self' already covers", () => {
    const page = security.pageParameters({ officeJs: "office/office.js" }, { withOldWebviewCheck: false });
    expect([page.officeJs, scriptSrc(page.csp)]).toEqual(["office/office.js", ["'self'"]]);
  });

  it.each(["http://intranet/office.js", "javascript:alert(1)", "//cdn.example/office.js", "https://x.example/office.css", "data:text/javascript,1"])("refuses %s", (url) => {
    expect(() => security.officeJsUrl({ officeJs: url })).toThrow(/--env officeJs/);
  });

  it("puts the hash of the pane's inline script in its CSP", () => {
    const page = security.pageParameters({}, { withOldWebviewCheck: true });
    const hash = `'sha256-${createHash("sha256").update(page.oldWebviewCheck, "utf8").digest("base64")}'`;
    expect(scriptSrc(page.csp)).toEqual(["'self'", "https://appsforoffice.microsoft.com", hash]);
  });
});

interface FakeNode {
  readonly tag: string;
  className?: string;
  readonly text?: string;
  readonly kids: FakeNode[];
  appendChild(n: FakeNode): void;
}

const node = (tag: string, props: { className?: string; text?: string } = {}): FakeNode => {
  const n: FakeNode = { tag, ...props, kids: [], appendChild: (k) => n.kids.push(k) };
  return n;
};

/** A page with the pane's root holding its loading line: just the DOM the ES3 fallback touches. */
function fakePage(window: Record<string, unknown>) {
  const root = node("div");
  root.appendChild(node("p", { className: "pane-loading", text: "正在连接 Excel…" }));
  const listeners: Record<string, () => void> = {};
  const timers: (() => void)[] = [];
  // A live firstChild: Object.assign would copy a getter's value once, and the script's
  // `while (root.firstChild) root.removeChild(root.firstChild)` would never end.
  const dom = {
    get firstChild(): FakeNode | undefined {
      return root.kids[0];
    },
    removeChild: (n: FakeNode) => {
      const at = root.kids.indexOf(n);
      if (at < 0) throw new Error("removeChild: not a child");
      root.kids.splice(at, 1);
    },
    appendChild: (n: FakeNode) => root.kids.push(n),
    getElementsByTagName: (tag: string) => root.kids.filter((c) => c.tag === tag),
  };
  const document = {
    getElementById: (id: string) => (id === "kaohe-pane" ? dom : null),
    createElement: (tag: string) => node(tag),
    createTextNode: (text: string) => node("#text", { text }),
    addEventListener: () => undefined,
  };
  const win: Record<string, unknown> = {
    addEventListener: (type: string, f: () => void) => (listeners[type] = f),
    setTimeout: (f: () => void) => timers.push(f),
    getComputedStyle: () => ({}),
    ...window,
  };
  runInNewContext(security.OLD_WEBVIEW_CHECK, { window: win, document, Object, JSON, Array });
  /** What the pane shows: its one line's class and text. */
  const shown = (): string => root.kids.map((p) => `${p.className ?? p.tag}: ${p.text ?? p.kids.map((k) => k.text).join("")}`).join(" | ");
  return { root, listeners, timers, shown };
}

describe("the pane's fallback on webviews that cannot run it", () => {
  it("says at once, in Chinese, that a webview without ES5 is too old", () => {
    const page = fakePage({ getComputedStyle: undefined });
    expect(page.shown()).toMatch(/^pane-loading pane-failed: 此 Excel 的网页组件过旧/);
    expect(page.listeners.load).toBeUndefined();
  });

  it("says office.js did not load when Office is missing once the page has loaded", () => {
    const page = fakePage({});
    expect(page.shown()).toBe("pane-loading: 正在连接 Excel…");
    page.listeners.load?.();
    expect(page.shown()).toMatch(/^pane-loading pane-failed: 未能加载 Office 脚本（office.js）.*部署指南/);
  });

  it("waits for Office.onReady, then says Excel did not answer if the pane never came", () => {
    const page = fakePage({ Office: {} });
    page.listeners.load?.();
    expect(page.shown()).toBe("pane-loading: 正在连接 Excel…");
    expect(page.timers).toHaveLength(1);
    page.timers.forEach((t) => t());
    expect(page.shown()).toMatch(/^pane-loading pane-failed: 考核评分未能启动/);
  });

  it("leaves a pane that did start alone", () => {
    const page = fakePage({ Office: {} });
    page.listeners.load?.();
    page.root.kids.splice(0, 1, node("header", { text: "考核评分" }));
    page.timers.forEach((t) => t());
    expect(page.shown()).toBe("header: 考核评分");
  });
});
