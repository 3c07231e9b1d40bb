/**
 * Calls `onChange` whenever the user selects other cells (Workbook.
 * onSelectionChanged, ExcelApi 1.2). The handler stays registered after the
 * run, as Office.js keeps event handlers for the page's lifetime. Returns
 * false where the host has no such event: the pane's 刷新 button does the
 * same by hand.
 */
export async function watchSelection(onChange: () => void): Promise<boolean> {
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.2")) return false;
  try {
    await Excel.run(async (context) => {
      context.workbook.onSelectionChanged.add(async () => onChange());
      await context.sync();
    });
    return true;
  } catch {
    return false;
  }
}
