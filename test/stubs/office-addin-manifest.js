// Stand-in for office-addin-manifest under jest: office-addin-mock imports it
// only to name the host (OfficeApp) and for usage telemetry, which tests
// never use; the real module pulls an ESM-only dependency jest cannot load.
module.exports = {
  OfficeApp: { Excel: "excel", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", OneNote: "onenote", Word: "word" },
};
