import { STATUS_PARAM } from "./status-dialog";

/** The message when this page was opened as the status dialog (…/commands.html?status=…). */
export function statusMessage(search: string): string | undefined {
  return new URLSearchParams(search).get(STATUS_PARAM) ?? undefined;
}

/** Shows the message as the dialog's content: text only, never markup. */
export function renderStatus(body: HTMLElement, message: string): void {
  const text = body.ownerDocument.createElement("p");
  text.textContent = message;
  text.style.font = "14px/1.6 'Microsoft YaHei', 'PingFang SC', sans-serif";
  text.style.margin = "16px";
  body.replaceChildren(text);
}
