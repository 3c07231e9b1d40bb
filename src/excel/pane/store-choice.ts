import type { StoredChoice } from "../../core";
import { storeChoice } from "../../host/actions/store-choice";
import type { HostFailure } from "../../host/port";
import { isHostFailure } from "../../host/port";
import { createExcelHost } from "../excel-host";

/** Stores the pane's rubric choice in the workbook (src/host/actions/store-choice.ts); three round trips. */
export async function storeRubricChoice(update: (stored: StoredChoice) => StoredChoice): Promise<{ readonly ok: true; readonly stored: StoredChoice } | HostFailure> {
  const outcome = await createExcelHost().session("write", (session) => storeChoice(session, update));
  return isHostFailure(outcome) ? outcome : { ok: true, stored: outcome };
}
