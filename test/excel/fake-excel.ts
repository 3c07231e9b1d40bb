// The fake Excel now lives in src/preview/fake-excel/, where the browser
// preview runs it too. This re-export keeps older imports (bench/) working.
export * from "../../src/preview/fake-excel";
