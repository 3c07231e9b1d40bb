// Where the add-in's pages load office.js from, and the Content-Security-Policy
// that allows exactly that origin besides the add-in's own.
//
// Default: Microsoft's hosted office.js, the supported way — it always matches
// the Office build that loads the page (the npm @microsoft/office-js copy is
// frozen at 1.1.110, from 2022, and lacks the Excel proxies of newer APIs).
// For networks without internet, `webpack --env officeJs=URL` (npm run package
// passes it) points the pages at a copy the office hosts itself: an https URL,
// or a path beside the pages (same origin, so 'self' covers it).
const { createHash } = require("node:crypto");
const { readFileSync } = require("node:fs");
const path = require("node:path");

const HOSTED_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The office.js URL the pages load, checked: https (or a relative path), nothing else. */
function officeJsUrl(env) {
  const given = env.officeJs;
  if (given === undefined || given === true || given === "") return HOSTED_OFFICE_JS;
  const url = String(given);
  if (/^https:\/\/[^/]+\/.+\.js(\?.*)?$/.test(url)) return url;
  if (/^(?![a-z][a-z0-9+.-]*:)(?!\/\/)[\w./-]+\.js$/i.test(url)) return url;
  throw new Error(`--env officeJs must be an https URL of office.js or a path beside the pages; got "${url}"`);
}

/** The origin to allow in script-src: none extra for a same-origin path. */
function officeJsOrigin(url) {
  return /^https:/.test(url) ? new URL(url).origin : undefined;
}

const OLD_WEBVIEW_CHECK = readFileSync(path.join(__dirname, "old-webview-check.js"), "utf8")
  // Only the code goes inline; the comments stay in the source file.
  .split("\n")
  .filter((line) => !line.startsWith("//"))
  .join("\n")
  .trim();

function sha256(text) {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * The CSP of a page. Scripts: the add-in's own, office.js's origin (which also
 * serves the host files office.js loads beside itself) and, where given, the
 * hash of the one inline script. Nothing else anywhere.
 */
function contentSecurityPolicy(officeJs, inlineScript) {
  const origin = officeJsOrigin(officeJs);
  const scripts = ["'self'", origin, inlineScript === undefined ? undefined : sha256(inlineScript)].filter(Boolean);
  return [`default-src 'self'`, `script-src ${scripts.join(" ")}`, `style-src 'self'`, `img-src 'self' data:`, `connect-src 'self'`, `object-src 'none'`, `base-uri 'self'`].join("; ");
}

/** What the two page templates are given (templateParameters of HtmlWebpackPlugin). */
function pageParameters(env, { withOldWebviewCheck }) {
  const officeJs = officeJsUrl(env);
  const inline = withOldWebviewCheck ? OLD_WEBVIEW_CHECK : undefined;
  return { officeJs, csp: contentSecurityPolicy(officeJs, inline), oldWebviewCheck: inline ?? "" };
}

module.exports = { HOSTED_OFFICE_JS, officeJsUrl, contentSecurityPolicy, pageParameters, OLD_WEBVIEW_CHECK };
