/**
 * The Excel side of the task pane: the selection's read and the selection
 * event, behind the host port (excel-host.ts). The pane's flows themselves
 * are planned once over the port in src/host/pane/.
 */
export { readSelection } from "./read-selection";
export { watchSelection } from "./watch-selection";
