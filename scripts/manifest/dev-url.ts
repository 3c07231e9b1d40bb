// The base every manifest URL must sit under, and how an asset URL maps to
// a file beside the manifest. The repository's manifest.xml uses the dev
// server (DEV_BASE, where `npm start` serves dist/); a release package's
// manifest uses the base given to `npm run package -- --url`, and the same
// checks run over it with that base.
export const DEV_BASE = "https://localhost:3000/";

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** True when url is an https URL strictly under base (same origin, path starting with base's path). */
export function isUnderBase(url: string, base: string = DEV_BASE): boolean {
  const u = parse(url);
  const b = parse(base);
  return u !== undefined && b !== undefined && u.protocol === "https:" && u.origin === b.origin && url.startsWith(base) && url.length > base.length;
}

/** "https://localhost:3000/assets/icon-16.png" → "assets/icon-16.png"; undefined off the base. */
export function pathUnderBase(url: string, base: string = DEV_BASE): string | undefined {
  if (!isUnderBase(url, base)) return undefined;
  const rest = url.slice(base.length).replace(/[?#].*$/, "");
  try {
    return decodeURIComponent(rest);
  } catch {
    return undefined;
  }
}

/** An AppDomain may be written as an origin or a bare host name; it must be the base's own host. */
export function isBaseDomain(domain: string, base: string = DEV_BASE): boolean {
  const u = parse(domain.includes("://") ? domain : `https://${domain}`);
  const b = parse(base);
  return u !== undefined && b !== undefined && u.protocol === "https:" && u.hostname === b.hostname;
}

// The names the checks used before a base could be given (dev base only).
export const isDevUrl = (url: string): boolean => isUnderBase(url, DEV_BASE);
export const repoPathOf = (url: string): string | undefined => pathUnderBase(url, DEV_BASE);
export const isLocalhostDomain = (domain: string): boolean => isBaseDomain(domain, DEV_BASE);
