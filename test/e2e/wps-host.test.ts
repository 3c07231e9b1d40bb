// The same pane over the WPS host: the preview with ?host=wps runs the WPS
// 加载项's ribbon (src/wps/addin) over a fake ET holding the same workbook;
// its 打开面板 opens the real pane (src/taskpane) over createWpsHost through
// the fake's CreateTaskPane, and 生成汇总 there must write the same 汇总 as
// over the Excel host. Run: npm run e2e.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import type { Browser } from "./browser";
import { launchBrowser } from "./browser";
import { ensureChromium } from "./ensure-chromium";
import { cell, openPreview, PANE, paneButton, rowOf, snapshot } from "./preview-page";
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

/** The preview over WPS: no pane until the ribbon's 打开面板 is clicked, then the pane over the WPS host. */
async function openOverWps(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}preview.html?host=wps`);
  await page.waitForFunction(() => (globalThis as { kaohePreview?: { ready?: boolean } }).kaohePreview?.ready === true);
  await page.locator(PANE).filter({ hasText: "打开面板" }).waitFor();
  await page.locator('#preview-ribbon [data-command="openPane"]').click();
  await page.locator(`${PANE} [data-status="overview"]`).filter({ hasText: /个单位|units/ }).waitFor();
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
    await openOverWps(wps, server.url);
    const overExcel = await summaryValues(excel);
    const overWps = await summaryValues(wps);
    // The ranking itself, as the CLI's worked totals give it (岳阳 example: 汨罗市 98.5, 华容县 97, 岳阳县 96.5).
    const units = overWps.filter(([, v]) => v === "汨罗市" || v === "华容县" || v === "岳阳县").map(([, v]) => v);
    assert.deepEqual(units.slice(0, 3), ["汨罗市", "华容县", "岳阳县"]);
    assert.deepEqual(overWps, overExcel);
    await excel.close();
    await wps.close();
  });

  it("打开面板 again hides the same pane and a third click shows it, as it was; the ribbon's outcome is read from PluginStorage; the 录入 form follows the selection", async () => {
    const page = await browser.context.newPage();
    await openOverWps(page, server.url);
    const openPane = page.locator('#preview-ribbon [data-command="openPane"]');
    const aside = page.locator("aside.preview-pane");
    await paneButton(page, "提交前校验").click();
    await page.locator(`${PANE} [data-outcome]`).filter({ hasText: /校验/ }).waitFor();
    await openPane.click();
    await aside.waitFor({ state: "hidden" });
    await openPane.click();
    await aside.waitFor({ state: "visible" });
    // The same pane (its page kept alive while hidden): the outcome it showed is still there.
    assert.match((await page.locator(`${PANE} [data-outcome]`).textContent()) ?? "", /校验/);
    // A ribbon button runs as the WPS entry runs it; the status line shows the record it kept in PluginStorage.
    await page.locator('#preview-ribbon [data-command="recalculate"]').click();
    await page.locator("#preview-ribbon-status").filter({ hasText: /^计算完成/ }).waitFor();
    // A click in the sheet reaches the pane through ET's SheetSelectionChange: the 录入 form follows it.
    const row = await rowOf(page, "汨罗市", "公开指南");
    await cell(page, `C${row}`).click();
    await page.locator(`${PANE} section.entry [data-entry="row"]`).filter({ hasText: `汨罗市 · 第 ${row} 行` }).waitFor();
    await page.close();
  });
});
