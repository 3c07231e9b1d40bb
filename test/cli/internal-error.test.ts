// An error Kaohe did not foresee (a bug, not the user's file) still ends in
// words a user can act on, exit code 2, and no JavaScript internals alone.
import { main } from "../../src/cli/main";

jest.mock("../../src/cli/run-command", () => ({
  ...jest.requireActual<object>("../../src/cli/run-command"),
  scoreCommand: jest.fn(() => Promise.reject(new TypeError("Cannot set properties of undefined (setting 'sheetNo')"))),
}));

test("an unforeseen error: exit 2, said in Chinese and English, nothing written", async () => {
  const said: string[] = [];
  const spy = jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    said.push(args.join(" "));
  });
  try {
    expect(await main(["score", "any.xlsx", "-q"])).toBe(2);
  } finally {
    spy.mockRestore();
  }
  const text = said.join("\n");
  expect(text).toContain("Kaohe 内部错误，本次未写入任何文件，输入文件未改动");
  expect(text).toContain("Kaohe internal error");
  // The detail is kept for the report, after the words, not instead of them.
  expect(text.indexOf("sheetNo")).toBeGreaterThan(text.indexOf("内部错误"));
});
