// The task pane in a real browser: Debian's Chromium drives the preview
// (the real pane code over the 岳阳 example workbook, through src/excel and
// the fake Excel host) as a user would. The steps share one page and run in
// order; the expected numbers are the CLI's worked totals for the example.
// Run: npm run e2e (which first makes sure Chromium is installed).
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import type { Browser } from "./browser";
import { launchBrowser } from "./browser";
import { ensureChromium } from "./ensure-chromium";
import type { SheetSnapshot } from "./preview-page";
import { cell, cellText, columnOf, openPreview, PANE, paneButton, rowOf, screenshotPage, screenshotPane, screenshotSheet, selectedAddress, showSheet, snapshot } from "./preview-page";
import type { PreviewServer } from "./preview-server";
import { startPreviewServer } from "./preview-server";

const UNITS = ["岳阳县", "华容县", "汨罗市"] as const;
/** The CLI's totals for the example (README, TESTING.md step 1). */
const TOTALS: Readonly<Record<(typeof UNITS)[number], string>> = { 岳阳县: "96.5", 华容县: "97", 汨罗市: "98.5" };

/** `npm run screenshots` sets this to docs/screenshots; by default they go under out/ and the tree stays clean. */
const SHOTS = resolve(process.env.KAOHE_SCREENSHOTS ?? join(__dirname, "..", "..", "out", "e2e-screenshots"));

let server: PreviewServer;
let browser: Browser;
let page: Page;
let original: SheetSnapshot[];
/** Set by the 录入 step: the one cell the user wrote through the form, which 撤销上次计算 rightly keeps. */
let entered: { sheet: string; cell: string; value: string } | undefined;

function unitSheets(all: readonly SheetSnapshot[]): SheetSnapshot[] {
  return all.filter((s) => (UNITS as readonly string[]).includes(s.name));
}

function without(sheets: readonly SheetSnapshot[], skip: { sheet: string; cell: string } | undefined): unknown {
  return sheets.map((s) => ({
    name: s.name,
    cells: s.cells.filter(([a1]) => !(skip && s.name === skip.sheet && a1 === skip.cell)),
    notes: s.notes.filter(([a1]) => !(skip && s.name === skip.sheet && a1 === skip.cell)),
  }));
}

async function outcome(): Promise<string> {
  return (await page.locator(`${PANE} [data-outcome]`).textContent()) ?? "";
}

describe("the task pane in Chromium", { timeout: 600_000 }, () => {
  before(async () => {
    ensureChromium();
    mkdirSync(SHOTS, { recursive: true });
    server = await startPreviewServer();
    browser = await launchBrowser();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await openPreview(page, server.url);
    original = unitSheets(await snapshot(page));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("opens on the example: three units, three tables, the findings listed, no score yet", async () => {
    const overview = page.locator(`${PANE} [data-status="overview"]`);
    assert.match((await overview.textContent()) ?? "", /3 个单位 · 3 张考核表/);
    assert.match((await overview.textContent()) ?? "", /岳阳县、华容县、汨罗市/);
    for (const name of ["重新计算", "提交前校验", "生成汇总", "清除标记", "撤销上次计算"]) assert.equal(await paneButton(page, name).count(), 1, name);
    const score = await columnOf(page, "华容县", "得分");
    assert.equal(await cellText(page, "华容县", `${score}${await rowOf(page, "华容县", "回复及时")}`), "");
    assert.equal(await page.locator(`${PANE} details[data-severity="error"] .finding`).count(), 1);
    assert.equal(await page.locator(`${PANE} details[data-severity="warning"] .finding`).count(), 4);
  });

  it("重新计算 fills the 得分 cells with the CLI's totals and marks the findings", async () => {
    await paneButton(page, "重新计算").click();
    await page.locator(`${PANE} [data-outcome]`).filter({ hasText: "计算完成" }).waitFor();
    assert.match(await outcome(), /计算完成：3 个单位，5 个问题（错误 1），写入 186 个单元格/);
    const score = await columnOf(page, "华容县", "得分");
    const reply = await rowOf(page, "华容县", "回复及时");
    assert.equal(await cellText(page, "华容县", `${score}${reply}`), "0");
    for (const unit of UNITS) {
      const total = await rowOf(page, unit, "合计");
      assert.equal(await cellText(page, unit, `${score}${total}`), TOTALS[unit], `${unit} 合计`);
    }
    await showSheet(page, "华容县");
    assert.equal(await cell(page, "G41").getAttribute("data-fill"), "#FFEB9C");
    assert.match((await cell(page, "G41").getAttribute("data-note")) ?? "", /^考核评分：扣分 2 超过本项上限 1/);
    assert.match((await page.locator(`${PANE} [data-status="last-run"]`).textContent()) ?? "", /重新计算/);
    await screenshotPane(page, join(SHOTS, "pane.png"));
  });

  it("clicking a finding (or Enter / Space on it) selects its cell", async () => {
    await showSheet(page, "岳阳县");
    await page.locator(`${PANE} .finding[data-sheet="华容县"][data-cell="G45"]`).click();
    await page.locator('.sheet-tab[data-sheet="华容县"][aria-selected="true"]').waitFor();
    await cell(page, "G45").and(page.locator(".selected")).waitFor();
    assert.equal(await selectedAddress(page), "华容县!G45");

    await page.locator(`${PANE} .finding[data-sheet="汨罗市"][data-cell="G30"]`).focus();
    await page.keyboard.press("Enter");
    await cell(page, "G30").and(page.locator(".selected")).waitFor();
    assert.equal(await selectedAddress(page), "汨罗市!G30");

    await page.locator(`${PANE} .finding[data-sheet="华容县"][data-cell="H67"]`).focus();
    await page.keyboard.press("Space");
    await cell(page, "H67").and(page.locator(".selected")).waitFor();
    assert.equal(await selectedAddress(page), "华容县!H67");
    // The selection moved to an item row: the 录入 form follows it.
    await page.locator(`${PANE} [data-entry="row"]`).filter({ hasText: "华容县 · 第 67 行" }).waitFor();
  });

  it("录入: the selected row's rule as a form; values the rules cannot make are refused; 写入 writes the deduction and the reason", async () => {
    const row = await rowOf(page, "汨罗市", "公开指南");
    const deduction = await columnOf(page, "汨罗市", "扣分");
    await cell(page, `C${row}`).click();
    const entry = page.locator(`${PANE} section.entry`);
    await entry.locator('[data-entry="row"]').filter({ hasText: `汨罗市 · 第 ${row} 行` }).waitFor();
    assert.match((await entry.locator('[data-entry="rule"]').textContent()) ?? "", /信息公开指南要素不全每少一项扣0\.5分[，,]未在门户网站公开扣0\.5分/);
    const count = entry.getByLabel("每少一项");
    const check = entry.getByLabel(/未在门户网站公开/);
    const write = entry.locator('[data-entry="write"]');

    await count.fill("1.5");
    await entry.locator(".entry-errors li").filter({ hasText: "“每少一项”的次数须为非负整数" }).waitFor();
    assert.equal(await write.isDisabled(), true);

    await count.fill("1");
    await check.check();
    assert.equal(await entry.locator(".entry-errors li").count(), 0);
    assert.equal(await entry.locator('[data-entry="amounts"]').textContent(), "扣分 1 · 加分 0");
    assert.equal(await entry.locator('[data-entry="reason"]').textContent(), "每少一项 −0.5×1；未在门户网站公开 −0.5");
    await screenshotPane(page, join(SHOTS, "entry-form.png"));

    await write.click();
    await entry.locator(".entry-message").filter({ hasText: "已写入" }).waitFor();
    await showSheet(page, "汨罗市");
    assert.equal(await cell(page, `${deduction}${row}`).textContent(), "1");
    assert.equal(await cell(page, `${deduction}${row}`).getAttribute("data-note"), "扣分说明：每少一项 −0.5×1；未在门户网站公开 −0.5");
    entered = { sheet: "汨罗市", cell: `${deduction}${row}`, value: "1" };

    // Recalculating takes the new entry: 公开指南 0, 合计 98.5 − 1.
    await paneButton(page, "重新计算").click();
    await page.locator(`${PANE} [data-outcome]`).filter({ hasText: "计算完成" }).waitFor();
    const score = await columnOf(page, "汨罗市", "得分");
    assert.equal(await cellText(page, "汨罗市", `${score}${row}`), "0");
    assert.equal(await cellText(page, "汨罗市", `${score}${await rowOf(page, "汨罗市", "合计")}`), "97.5");
    await cell(page, `C${row}`).click();
    await entry.locator('[data-entry="current"]').filter({ hasText: "扣分 1" }).waitFor();
    await screenshotPage(page, join(SHOTS, "preview.png"), 1880);
  });

  it("撤销上次计算 restores every cell Kaohe wrote and removes its marks", async () => {
    await paneButton(page, "撤销上次计算").click();
    await page.locator(`${PANE} [data-outcome]`).filter({ hasText: "已撤销上次计算" }).waitFor();
    const now = unitSheets(await snapshot(page));
    // Everything is as it was, but the one entry the user made through the form: that is theirs.
    assert.deepEqual(without(now, entered), without(original, entered));
    const sheet = now.find((s) => s.name === entered?.sheet);
    assert.equal(sheet?.cells.find(([a1]) => a1 === entered?.cell)?.[1].value, 1);
    const score = await columnOf(page, "华容县", "得分");
    assert.equal(await cellText(page, "华容县", `${score}${await rowOf(page, "华容县", "合计")}`), "");
    assert.equal(await page.locator("#preview-grid td.has-note").count(), 0);
  });

  it("生成汇总 writes the 汇总 sheet: three units ranked, with a chart", async () => {
    await paneButton(page, "生成汇总").click();
    await page.locator(`${PANE} [data-outcome]`).filter({ hasText: "汇总已生成" }).waitFor();
    await page.locator('.sheet-tab[data-sheet="汇总"][aria-selected="true"]').waitFor();
    assert.equal(await cell(page, "A1").textContent(), "考核结果汇总");
    const rows = await page.locator("#preview-grid tbody tr").evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")).filter((cells) => ["岳阳县", "华容县", "汨罗市"].includes(cells[1] ?? "")),
    );
    // 汨罗市 97.5 (with the 录入 entry), 华容县 97, 岳阳县 96.5.
    assert.deepEqual(
      rows.map((cells) => [cells[0], cells[1]]),
      [
        ["1", "汨罗市"],
        ["2", "华容县"],
        ["3", "岳阳县"],
      ],
    );
    assert.equal(await page.locator("#preview-grid figure.chart .bars li").count(), 3);
    assert.deepEqual(await page.locator("#preview-grid figure.chart .bar-name").allTextContents(), ["汨罗市", "华容县", "岳阳县"]);
    await screenshotSheet(page, join(SHOTS, "summary.png"));
  });

  it("shows a ribbon command's outcome in the pane's status", async () => {
    await page.locator('#preview-ribbon [data-command="clearMarks"]').click();
    await page.locator(`${PANE} [data-status="last-command"]`).filter({ hasText: "清除标记" }).waitFor();
  });

  it("shows a progress indicator for runs longer than ~300 ms, and keeps the buttons off meanwhile", async () => {
    const slow = await browser.context.newPage();
    await openPreview(slow, server.url, "?delay=250");
    await slow.locator(PANE).getByRole("button", { name: "重新计算", exact: true }).click();
    const bar = slow.locator(`${PANE} [role="progressbar"]`);
    await bar.waitFor({ state: "visible" });
    assert.equal(await bar.getAttribute("aria-label"), "正在重新计算…");
    assert.equal(await slow.locator(PANE).getByRole("button", { name: "生成汇总", exact: true }).isDisabled(), true);
    await slow.locator(`${PANE} [data-outcome]`).filter({ hasText: "计算完成" }).waitFor();
    await bar.waitFor({ state: "hidden" });
    await slow.close();
  });

  it("speaks English when Office does, and is operable from the keyboard", async () => {
    const en = await browser.context.newPage();
    await openPreview(en, server.url, "?lang=en-US");
    assert.match((await en.locator(`${PANE} [data-status="overview"]`).textContent()) ?? "", /3 units · 3 scoresheet tables/);
    await en.locator(PANE).getByRole("button", { name: "Recalculate", exact: true }).focus();
    await en.keyboard.press("Enter");
    await en.locator(`${PANE} [data-outcome]`).filter({ hasText: "Recalculate: 3 units, 5 findings (errors: 1)" }).waitFor();
    // Tab moves on to the next action.
    await en.keyboard.press("Tab");
    assert.equal(await en.evaluate(() => document.activeElement?.textContent), "Check before submitting");
    await en.close();
  });

  it("评分细则: names the rubric, refuses an invalid rubric file, changes the totals when another is chosen, and the choice survives reopening the workbook", async () => {
    const rp = await browser.context.newPage();
    await openPreview(rp, server.url);
    const line = rp.locator(`${PANE} [data-rubric-line="all"]`);
    await line.waitFor();
    assert.equal(await line.getAttribute("data-rubric-id"), "yueyang-county");
    assert.match((await line.locator("[data-rubric-label]").textContent()) ?? "", /^按《.+》评分$/);
    const totals = async (): Promise<Record<string, string>> =>
      Object.fromEntries(await rp.locator(`${PANE} [data-unit-total]`).evaluateAll((lis) => lis.map((li) => [li.getAttribute("data-unit") ?? "", li.getAttribute("data-unit-total") ?? ""])));
    assert.deepEqual(await totals(), TOTALS);

    // A file that fails the schema: item-named Chinese messages, nothing stored.
    const bad = JSON.stringify({ kind: "rubric", id: "bad", title: "坏细则", items: [{ id: "x", points: "abc" }] });
    await rp.locator(`${PANE} input[data-choice-file="all"]`).setInputFiles({ name: "坏细则.json", mimeType: "application/json", buffer: Buffer.from(bad) });
    await rp.locator(`${PANE} [data-rubric-problems] li`).filter({ hasText: "“坏细则.json”未能使用，未作更改" }).waitFor();
    assert.equal(await rp.evaluate(() => (globalThis as { kaohePreview?: { doc?: { sheet(n: string): unknown } } }).kaohePreview?.doc?.sheet("_kaohe_settings") === undefined), true);

    // Another bundled rubric: stored, and the totals are that rubric's.
    await rp.locator(`${PANE} select[data-rubric-picker="all"]`).selectOption("bundled:yueyang-department");
    await rp.locator(`${PANE} [data-outcome]`).filter({ hasText: "已保存到工作簿" }).waitFor();
    await rp.locator(`${PANE} [data-rubric-line="all"][data-rubric-id="yueyang-department"]`).waitFor();
    const changed = await totals();
    assert.notDeepEqual(changed, TOTALS);
    await rp.locator(PANE).getByRole("button", { name: "重新计算", exact: true }).click();
    await rp.locator(`${PANE} [data-outcome]`).filter({ hasText: "计算完成" }).waitFor();

    // Saved and opened again: the pane reads the choice from the workbook, not from its own memory.
    await rp.locator("#preview-reopen").click();
    await rp.locator(`${PANE} [data-rubric-line="all"][data-rubric-id="yueyang-department"]`).waitFor();
    assert.equal(await rp.locator(`${PANE} select[data-rubric-picker="all"]`).inputValue(), "bundled:yueyang-department");
    assert.deepEqual(await totals(), changed);
    await screenshotPane(rp, join(SHOTS, "rubric-choice.png"));

    // Back to automatic matching: the official totals again.
    await rp.locator(`${PANE} select[data-rubric-picker="all"]`).selectOption("auto");
    await rp.locator(`${PANE} [data-rubric-line="all"][data-rubric-id="yueyang-county"]`).waitFor();
    assert.deepEqual(await totals(), TOTALS);
    await rp.close();
  });

  it("at 1366×768 the 得分 column is in view after 重新计算; ?lang=en-US translates the preview bar and the ribbon's status line", async () => {
    const small = await browser.context.newPage();
    await small.setViewportSize({ width: 1366, height: 768 });
    await openPreview(small, server.url, "?lang=en-US");
    assert.equal(await small.locator("#preview-reopen").textContent(), "Save & reopen");
    assert.equal(await small.locator(".preview-title").textContent(), "Kaohe · local preview");
    await small.locator(PANE).getByRole("button", { name: "Recalculate", exact: true }).click();
    await small.locator(`${PANE} [data-outcome]`).filter({ hasText: "Recalculate:" }).waitFor();
    const header = small.locator("#preview-grid td[data-cell]").filter({ hasText: /^得分$/ }).first();
    const written = small.locator(`#preview-grid td[data-cell="${(((await header.getAttribute("data-cell")) ?? "").match(/^[A-Z]+/)?.[0] ?? "")}5"]`);
    const view = await small.locator("#preview-grid").boundingBox();
    const cellBox = await written.boundingBox();
    assert.ok(view && cellBox, "grid and 得分 cell are laid out");
    assert.ok(cellBox.x >= view.x && cellBox.x + cellBox.width <= view.x + view.width + 1, `得分 column in view: cell ${cellBox.x}+${cellBox.width}, grid ${view.x}+${view.width}`);
    await small.locator('#preview-ribbon [data-command="validate"]').click();
    await small.locator("#preview-ribbon-status").filter({ hasText: "Check before submitting:" }).waitFor();
    await small.close();
  });

  it("made no request outside localhost", () => {
    assert.deepEqual(browser.outside, []);
    assert.ok(browser.requests.length > 0);
    assert.ok(browser.requests.every((u) => u.startsWith(server.url)), browser.requests.filter((u) => !u.startsWith(server.url)).join("\n"));
  });
});
