// Errors the fake raises, shaped like OfficeExtension.Error (a `code` the
// adapter can switch on, as run-actions.ts does for cell-edit mode).

/** office-addin-mock's markers (its PossibleErrors), kept in our messages so both fakes read alike. */
export const NOT_LOADED = "Error, property was not loaded";
export const NOT_SYNCED = "Error, context.sync() was not called";

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "FakeOfficeError";
  }
}

/**
 * Office.js throws PropertyNotLoaded when a property is read before
 * load + sync; office-addin-mock returns a marker string instead. The fake
 * throws (a test cannot overlook it) and names the marker.
 */
export function notLoaded(owner: string, property: string, loadPending: boolean): FakeOfficeError {
  const marker = loadPending ? NOT_SYNCED : NOT_LOADED;
  return new FakeOfficeError("PropertyNotLoaded", `${owner}.${property} — ${marker}`);
}
