// What a user sees and does on the preview page, for the tests: the sheet
// tabs and cells of the drawn workbook, the pane beside it.
import type { Locator, Page } from "playwright-core";

export const PANE = "#kaohe-pane";

export async function openPreview(page: Page, baseUrl: string, query = ""): Promise<void> {
  await page.goto(`${baseUrl}preview.html${query}`);
  await page.waitForFunction(() => (globalThis as { kaohePreview?: { ready?: boolean } }).kaohePreview?.ready === true);
  // The pane has read the workbook once its status shows the units.
  await page.locator(`${PANE} [data-status="overview"]`).filter({ hasText: /个单位|units/ }).waitFor();
}

export async function showSheet(page: Page, sheet: string): Promise<void> {
  await page.locator(`.sheet-tab[data-sheet="${sheet}"]`).click();
  await page.locator(`#preview-grid[data-sheet="${sheet}"]`).waitFor();
}

export function cell(page: Page, a1: string): Locator {
  return page.locator(`#preview-grid td[data-cell="${a1}"]`);
}

/** A cell's text on a sheet, as drawn. */
export async function cellText(page: Page, sheet: string, a1: string): Promise<string> {
  await showSheet(page, sheet);
  return (await cell(page, a1).textContent()) ?? "";
}

/** The 1-based row whose cells include one reading exactly `text` (the first such row). */
export async function rowOf(page: Page, sheet: string, text: string): Promise<number> {
  await showSheet(page, sheet);
  const address = await page.locator("#preview-grid td[data-cell]").filter({ hasText: new RegExp(`^${text}$`) }).first().getAttribute("data-cell");
  const row = /\d+$/.exec(address ?? "")?.[0];
  if (!row) throw new Error(`no cell reads "${text}" on ${sheet}`);
  return Number(row);
}

/** The column letter under a header cell reading exactly `header` (the first one). */
export async function columnOf(page: Page, sheet: string, header: string): Promise<string> {
  await showSheet(page, sheet);
  const address = await page.locator("#preview-grid td[data-cell]").filter({ hasText: new RegExp(`^${header}$`) }).first().getAttribute("data-cell");
  const letters = /^[A-Z]+/.exec(address ?? "")?.[0];
  if (!letters) throw new Error(`no header "${header}" on ${sheet}`);
  return letters;
}

export function paneButton(page: Page, name: string | RegExp): Locator {
  return page.locator(PANE).getByRole("button", { name, exact: typeof name === "string" });
}

/** What the fake Excel holds now: sheet → cells, notes (the preview's own handle, page.evaluate). */
export interface SheetSnapshot {
  readonly name: string;
  readonly cells: readonly (readonly [string, { value: unknown; fill?: unknown }])[];
  readonly notes: readonly (readonly [string, string])[];
}

export async function snapshot(page: Page): Promise<SheetSnapshot[]> {
  return page.evaluate(() => (globalThis as unknown as { kaohePreview: { snapshot(): SheetSnapshot[] } }).kaohePreview.snapshot());
}

export async function selectedAddress(page: Page): Promise<string> {
  return (await page.locator("#preview-name").textContent()) ?? "";
}

/** Runs `shoot` with the viewport grown to at least `width` × `height`, then puts it back. */
async function withViewport(page: Page, width: number, height: number, shoot: () => Promise<void>): Promise<void> {
  const before = page.viewportSize() ?? { width: 1440, height: 960 };
  await page.setViewportSize({ width: Math.max(before.width, Math.ceil(width)), height: Math.max(before.height, Math.ceil(height)) });
  try {
    await shoot();
  } finally {
    await page.setViewportSize(before);
  }
}

/** The pane at its full height, nothing scrolled or cut: the page is made tall enough for it. */
export async function screenshotPane(page: Page, path: string): Promise<void> {
  await page.mouse.move(0, 0); // no hover highlight in the picture
  const size = await page.evaluate(() => {
    const pane = document.querySelector("#kaohe-pane") as HTMLElement;
    (pane.parentElement as HTMLElement).scrollTop = 0;
    const top = pane.getBoundingClientRect().top;
    const bottom = Math.max(...[...pane.children].map((c) => c.getBoundingClientRect().bottom));
    return { top, height: bottom - top + 8 };
  });
  await withViewport(page, 0, size.top + size.height, async () => {
    const box = await page.locator(PANE).boundingBox();
    if (!box) throw new Error("the pane is not on the page");
    await page.screenshot({ path, clip: { x: box.x, y: box.y, width: box.width, height: size.height } });
  });
}

/** The drawn sheet, wide enough for all its columns and floating charts. */
export async function screenshotSheet(page: Page, path: string): Promise<void> {
  const size = await page.evaluate(() => {
    const canvas = document.querySelector("#preview-grid .grid-canvas") as HTMLElement;
    const section = document.querySelector(".preview-workbook") as HTMLElement;
    const pane = document.querySelector(".preview-pane") as HTMLElement;
    const charts = [...canvas.querySelectorAll<HTMLElement>(".chart")].map((c) => c.offsetLeft + c.offsetWidth);
    const width = Math.max(canvas.scrollWidth, ...charts) + 24;
    return { width: section.getBoundingClientRect().left + width + pane.offsetWidth, canvasWidth: width };
  });
  await withViewport(page, size.width, 0, async () => {
    const box = await page.locator(".preview-workbook").boundingBox();
    if (!box) throw new Error("the workbook is not on the page");
    await page.screenshot({ path, clip: { x: box.x, y: box.y, width: Math.min(box.width, size.canvasWidth), height: box.height } });
  });
}

/** The whole page, `width` wide: wide enough for a sheet's columns up to its 得分. */
export async function screenshotPage(page: Page, path: string, width: number): Promise<void> {
  await page.mouse.move(0, 0);
  await withViewport(page, width, 0, () => page.screenshot({ path }).then(() => undefined));
}
