// Production build of the pane and the ribbon's function commands.
//
// office.js is not bundled or copied: the pages load Microsoft's hosted
// office.js, or with `--env officeJs=URL` a copy the office hosts itself
// (webpack/page-security.js, which also writes each page's CSP).
//
// The two bundles are ES5 with the polyfills they use, dependencies included
// (zod, decimal.js): Office 2019 and older volume-licensed builds run add-ins
// in Internet Explorer 11 or Edge Legacy (webpack/transpile.js).
//
// `--env preview` adds the local preview (preview.html): the real pane over
// an in-browser workbook, with the fake Excel and exceljs's browser build.
// It is a separate bundle built after the add-in's, so the add-in's own
// bundles never contain either (test/build/bundle.test.ts).
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { pageParameters } = require("./webpack/page-security");
const { es5Rules } = require("./webpack/transpile");

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

const PAGE_MINIFY = { collapseWhitespace: true, removeComments: true, minifyJS: false, minifyCSS: false };

function addin(mode, env) {
  return {
    name: "addin",
    mode,
    devtool: mode === "development" ? "source-map" : false,
    entry: {
      taskpane: ["./webpack/dom-polyfills.js", "./src/taskpane/taskpane.ts"],
      commands: "./src/commands/commands.ts",
    },
    // ES5 output: webpack's own runtime too (no arrow functions, no const).
    target: ["web", "es5"],
    output: {
      path: path.join(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: es5Rules() },
    // webpack's own HTML minifier would rewrite the pane's inline script after
    // its CSP hash was taken: html-webpack-plugin minifies the pages instead.
    // What the pane and the commands share (core, host, rubrics, polyfills) is
    // one file both pages load, not a copy in each bundle. `usedExports: false`:
    // by default splitChunks keeps a module in each entry when the two use
    // different exports of it, which left the choice, layout and i18n modules
    // in both (test/build/bundle.test.ts checks none is).
    optimization: { minimizeOptions: { html: false }, splitChunks: { usedExports: false, cacheGroups: { default: false, defaultVendors: false, shared: { name: "shared", chunks: "initial", minChunks: 2, enforce: true } } } },
    // The budget (gzipped, pages and stylesheet included) is in
    // test/build/bundle-budget.ts; webpack's own check counts uncompressed bytes.
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
        templateParameters: pageParameters(env, { withOldWebviewCheck: true }),
        // The inline script must stay byte for byte what its CSP hash was taken of.
        minify: PAGE_MINIFY,
      }),
      // Blocking, not deferred: the function file must register its functions
      // before the first click is delivered (office-js#2744, #5176).
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        scriptLoading: "blocking",
        inject: "body",
        templateParameters: pageParameters(env, { withOldWebviewCheck: false }),
        minify: PAGE_MINIFY,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "assets/*.{png,html}", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
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
  return env.preview ? [addin(mode, env), preview(mode)] : addin(mode, env);
};
