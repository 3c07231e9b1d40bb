// Limits from OfficeAppBasicTypesV1_0.xsd, shared by the checks.
export const SHORT_MAX = 125; // ShortString
export const LONG_MAX = 250; // LongString
export const RESID_MAX = 32; // ReferenceId
/** Locale names compare case-insensitively ("en-US", "en-us"). */
export const EN_US = "en-us";
