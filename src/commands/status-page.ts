import { STATUS_PARAM } from "./status-dialog";

/**
 * The message when this page was opened as the status dialog (…/commands.html?status=…).
 * Read by hand rather than with URLSearchParams, which Internet Explorer 11 lacks.
 */
export function statusMessage(search: string): string | undefined {
  for (const pair of search.replace(/^\?/, "").split("&")) {
    const at = pair.indexOf("=");
    const key = at < 0 ? pair : pair.slice(0, at);
    if (decodeQueryPart(key) !== STATUS_PARAM) continue;
    return at < 0 ? "" : decodeQueryPart(pair.slice(at + 1));
  }
  return undefined;
}

/** As URLSearchParams decodes: "+" is a space; a malformed escape is kept as written. */
function decodeQueryPart(text: string): string {
  const spaced = text.replace(/\+/g, " ");
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/** Shows the message as the dialog's content: text only, never markup. */
export function renderStatus(body: HTMLElement, message: string): void {
  const text = body.ownerDocument.createElement("p");
  text.textContent = message;
  text.style.font = "14px/1.6 'Microsoft YaHei', 'PingFang SC', sans-serif";
  text.style.margin = "16px";
  body.replaceChildren(text);
}
