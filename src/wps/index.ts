/** The WPS 表格 host: the host port over the ET object model (no Office.js here). */
export { createWpsHost } from "./wps-host";
export { WPS_CAPABILITIES } from "./wps-session";
export type { EtApplication } from "./et-model";
