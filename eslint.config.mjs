// Lint rules for the whole tree; src/core gets extra guards for its purity.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "dist-wps/", "out/", "build/", "coverage/", "lib/", "release/", "test/fixtures/generated/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      eqeqeq: ["error", "always"],
      "no-console": "off",
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["fs", "path", "os", "child_process", "node:*"], message: "src/core is pure: no Node APIs." },
            { group: ["exceljs", "office-addin-*", "@microsoft/*"], message: "src/core is pure: no I/O libraries." },
            { group: ["../excel/*", "../cli/*", "../taskpane/*", "../commands/*", "**/excel/**", "**/cli/**"], message: "src/core never imports the layers built on it." },
          ],
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "process", "Office", "Excel", "require"],
      "no-restricted-syntax": [
        "error",
        { selector: "BinaryExpression[operator=/^[+*\\/-]$/] > Literal[raw=/\\./]", message: "Points are exact: use decimal.js, not float literals." },
      ],
    },
  },
  {
    files: ["bin/*.js", "*.config.js", "test/stubs/*.js", "webpack/page-security.js", "webpack/transpile.js"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly", console: "readonly", URL: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Plain ES5/ES3 scripts for old webviews (Internet Explorer 11): `var` on purpose.
    files: ["webpack/dom-polyfills.js", "webpack/old-webview-check.js"],
    languageOptions: { sourceType: "script", globals: { window: "readonly", document: "readonly", Element: "readonly", DocumentFragment: "readonly", DOMTokenList: "readonly" } },
    rules: { "no-var": "off" },
  },
);
