// Production build of the pane and the ribbon's function commands. Everything
// they need ships in dist/ — office.js included, copied from the
// @microsoft/office-js package — so nothing is fetched from outside.
//
// `--env preview` adds the local preview (preview.html): the real pane over
// an in-browser workbook, with the fake Excel and exceljs's browser build.
// It is a separate bundle built after the add-in's, so the add-in's own
// bundles never contain either (test/build/bundle.test.ts).
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const OFFICE_JS = path.join(__dirname, "node_modules", "@microsoft", "office-js", "dist");
const EXCELJS = path.join(__dirname, "node_modules", "exceljs", "dist");

const typescript = {
  rules: [
    {
      test: /\.ts$/,
      // Type-checking is `npm run typecheck`; the bundle only strips types.
      use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: false } } },
      exclude: /node_modules/,
    },
  ],
};

function addin(mode) {
  return {
    name: "addin",
    mode,
    devtool: mode === "development" ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.join(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: typescript,
    // What both pages need — the core, zod and the bundled rubrics (issue 11: the
    // commands score by them too) — is one shared.js, downloaded and cached once.
    optimization: {
      splitChunks: { cacheGroups: { shared: { name: "shared", chunks: (chunk) => chunk.name === "taskpane" || chunk.name === "commands", minChunks: 2, enforce: true } } },
    },
    // office/ holds Microsoft's own host files; the budget is for our bundles.
    performance: { maxAssetSize: 250 * 1024, maxEntrypointSize: 250 * 1024, hints: "warning", assetFilter: (name) => !name.startsWith("office/") && name.endsWith(".js") },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["shared", "taskpane"], scriptLoading: "defer" }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["shared", "commands"], scriptLoading: "defer" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          // office.js loads its host files and strings from beside itself.
          // They are minified already: `minimized` keeps terser off them.
          { from: "office.js", to: "office/", context: OFFICE_JS, info: { minimized: true } },
          { from: "o15apptofilemappingtable.js", to: "office/", context: OFFICE_JS, info: { minimized: true } },
          { from: "excel-*.js", to: "office/", context: OFFICE_JS, globOptions: { ignore: ["**/*.debug.js"] }, info: { minimized: true } },
          { from: "{en-us,zh-cn}/office_strings.js", to: "office/", context: OFFICE_JS, info: { minimized: true } },
        ],
      }),
    ],
  };
}

function preview(mode) {
  return {
    name: "preview",
    // After the add-in: its `clean` would otherwise remove the preview's files.
    dependencies: ["addin"],
    mode,
    devtool: mode === "development" ? "source-map" : false,
    // In this order: the fake Office host, then the pane's own entry, then the page.
    entry: { preview: ["./src/preview/host/install.ts", "./src/taskpane/taskpane.ts", "./src/preview/preview.ts"] },
    output: { path: path.join(__dirname, "dist"), filename: "[name].js", clean: false },
    resolve: { extensions: [".ts", ".js"] },
    module: typescript,
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"], scriptLoading: "defer" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/preview/preview.css", to: "preview.css" },
          // exceljs's own browser build, already minified: parsed by the page as a global (ExcelJS).
          { from: "exceljs.bare.min.js", to: "vendor/exceljs.min.js", context: EXCELJS, info: { minimized: true } },
          { from: "LICENSE", to: "vendor/exceljs.LICENSE", context: EXCELJS },
        ],
      }),
    ],
  };
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode ?? "production";
  return env.preview ? [addin(mode), preview(mode)] : addin(mode);
};
