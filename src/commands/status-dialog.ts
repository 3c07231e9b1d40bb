/**
 * A brief status after a ribbon command: a small dialog showing the
 * outcome's message (Dialog API 1.1). The page is the function file itself
 * with ?status=…, so nothing is added to the build. The dialog closes after
 * STATUS_SECONDS or when the user closes it; the command waits for that
 * before calling event.completed(), since the function file's runtime — the
 * dialog's parent — may be unloaded once a command completes.
 */
export const STATUS_SECONDS = 6;
export const STATUS_PARAM = "status";

/**
 * The function file's address with ?status=… in place of its query and
 * fragment. Plain string work, not `URL`: Internet Explorer 11 (Office 2019's
 * webview) has no URL, and its polyfill would cost the bundles ~8 KB gzipped.
 */
export function statusUrl(functionFileUrl: string, message: string): string {
  const page = functionFileUrl.replace(/[?#].*$/, "");
  return `${page}?${STATUS_PARAM}=${encodeURIComponent(message)}`;
}

/** Shows the message; resolves when the dialog is gone or could not be shown. Never rejects. */
export function showStatus(message: string, functionFileUrl: string | undefined, seconds = STATUS_SECONDS): Promise<void> {
  if (functionFileUrl === undefined || !Office.context.requirements.isSetSupported("DialogApi", "1.1")) return Promise.resolve();
  return new Promise((resolve) => {
    // Excel on the web opens a dialog in an iframe with displayInIframe, not a pop-up a blocker could stop.
    Office.context.ui.displayDialogAsync(statusUrl(functionFileUrl, message), { height: 20, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = result.value;
      const timer = setTimeout(() => {
        dialog.close();
        resolve();
      }, seconds * 1000);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => {
        clearTimeout(timer);
        resolve();
      });
    });
  });
}
