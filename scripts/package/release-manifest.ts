// The package's manifest.xml: the repository's manifest with every dev URL
// (https://localhost:3000/…) moved under the package's base URL and the
// version taken from package.json. Same add-in Id, so an office that moves
// from a sideloaded copy to the IT-served one keeps one add-in.
import { DEV_BASE } from "../manifest/dev-url";

/** "0.1.0" → "0.1.0.0": the manifest wants four parts. */
export function manifestVersion(packageVersion: string): string {
  const parts = packageVersion.split(/[.+-]/).slice(0, 3).map((p) => String(Number.parseInt(p, 10) || 0));
  while (parts.length < 4) parts.push("0");
  return parts.join(".");
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function releaseManifest(devXml: string, baseUrl: string, packageVersion: string): string {
  if (!devXml.includes(DEV_BASE)) throw new Error(`manifest.xml has no ${DEV_BASE} URL to move`);
  return devXml
    .split(`"${DEV_BASE}`)
    .join(`"${escapeXml(baseUrl)}`)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(packageVersion)}</Version>`)
    .replace(/<!--[\s\S]*?-->/, `<!-- 考核评分 (Kaohe) ${packageVersion} — built by npm run package for ${escapeXml(baseUrl).replace(/--/g, "- -")} -->`);
}
