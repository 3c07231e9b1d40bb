/**
 * The files WPS reads to find the 加载项 (WPS 加载项 documentation, wpsjs):
 * online mode — jsplugins.xml (or publish.xml) served from the intranet,
 * naming the add-in's URL; offline mode — the add-in folder
 * `kaohe_<version>` copied into the user's jsaddons folder beside a
 * jsplugins.xml naming it. Nothing here has been tried in real WPS.
 */
export const ADDIN_NAME = "kaohe";

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Online: WPS loads the add-in from `url` (the folder holding index.html and ribbon.xml). */
export function onlineJsplugins(url: string): string {
  const base = url.endsWith("/") ? url : `${url}/`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jspluginonline name="${ADDIN_NAME}" type="et" url="${escapeXml(base)}" enable="enable" />\n</jsplugins>\n`;
}

/** Online, publish mode: the same entry, as publish.xml. */
export function publishXml(url: string): string {
  return onlineJsplugins(url);
}

/** Offline: the folder `kaohe_<version>` sits beside this file in jsaddons. */
export function offlineJsplugins(version: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jsplugin name="${ADDIN_NAME}" type="et" url="" version="${escapeXml(version)}" enable="true" />\n</jsplugins>\n`;
}

/** The offline folder's name: WPS pairs it with jsplugins.xml's name and version. */
export function offlineFolder(version: string): string {
  return `${ADDIN_NAME}_${version}`;
}
