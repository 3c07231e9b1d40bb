// The dev server origin every manifest URL must use, and how an asset URL
// maps to a file in the repository (webpack serves assets/ at /assets/).
export const DEV_ORIGIN = "https://localhost:3000";

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

export function isDevUrl(url: string): boolean {
  const u = parse(url);
  return u !== undefined && u.origin === DEV_ORIGIN && url.startsWith(`${DEV_ORIGIN}/`);
}

/** "https://localhost:3000/assets/icon-16.png" → "assets/icon-16.png"; undefined off the dev origin. */
export function repoPathOf(url: string): string | undefined {
  const u = parse(url);
  if (u === undefined || !isDevUrl(url)) return undefined;
  return decodeURIComponent(u.pathname.replace(/^\/+/, ""));
}

/** An AppDomain may be written as an origin or a bare host name. */
export function isLocalhostDomain(domain: string): boolean {
  const u = parse(domain.includes("://") ? domain : `https://${domain}`);
  return u !== undefined && u.protocol === "https:" && u.hostname === "localhost";
}
