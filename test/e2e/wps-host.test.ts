// The same pane over the WPS host: the preview with ?host=wps mounts the
// real pane (src/taskpane) over createWpsHost on a fake ET holding the same
// workbook, and 生成汇总 there must write the same 汇总 as over the Excel host.
// Run: npm run e2e.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import type { Browser } from "./browser";
import { launchBrowser } from "./browser";
import { ensureChromium } from "./ensure-chromium";
import { openPreview, PANE, paneButton, snapshot } from "./preview-page";
import type { PreviewServer } from "./preview-server";
import { startPreviewServer } from "./preview-server";

let server: PreviewServer;
let browser: Browser;

/** Runs 生成汇总 from the pane and returns the 汇总 sheet's values, cell by cell. */
async function summaryValues(page: Page): Promise<readonly (readonly [string, unknown])[]> {
  await paneButton(page, "生成汇总").click();
  await page.locator(`${PANE} [data-outcome]`).filter({ hasText: "汇总已生成" }).waitFor();
  const summary = (await snapshot(page)).find((s) => s.name === "汇总");
  assert.ok(summary, "no 汇总 sheet");
  return summary.cells.map(([a1, cell]) => [a1, cell.value] as const);
}

describe("the pane over the WPS host in Chromium", { timeout: 600_000 }, () => {
  before(async () => {
    ensureChromium();
    server = await startPreviewServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("生成汇总 over the WPS host gives the same 汇总 as over the Excel host", async () => {
    const excel = await browser.context.newPage();
    await openPreview(excel, server.url);
    const wps = await browser.context.newPage();
    await openPreview(wps, server.url, "?host=wps");
    const overExcel = await summaryValues(excel);
    const overWps = await summaryValues(wps);
    // The ranking itself, as the CLI's worked totals give it (岳阳 example: 汨罗市 98.5, 华容县 97, 岳阳县 96.5).
    const units = overWps.filter(([, v]) => v === "汨罗市" || v === "华容县" || v === "岳阳县").map(([, v]) => v);
    assert.deepEqual(units.slice(0, 3), ["汨罗市", "华容县", "岳阳县"]);
    assert.deepEqual(overWps, overExcel);
    await excel.close();
    await wps.close();
  });
});
