// The WPS 表格 加载项 (issue 16): its entry page (index.html: the ribbon's
// callbacks), ribbon.xml, and the task pane page 打开面板 opens
// (taskpane.html: the same pane as in Excel, src/taskpane), in
// dist-wps/kaohe/. A config of its own so the Office add-in's
// webpack.config.js stays untouched; scripts/wps/build-wps.ts runs it and
// writes the registration files (jsplugins.xml / publish.xml).
//
// Everything is bundled (no network at run time) and lowered to ES5 with the
// polyfills it uses, as the Excel build does (webpack/transpile.js): WPS on
// 统信 UOS and 麒麟 embeds an older Chromium than current browsers, and ES5
// costs little. What both pages share (core, host, rubrics, polyfills) is
// one file both load.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { es5Rules } = require("./webpack/transpile");

const PAGE_MINIFY = { collapseWhitespace: true, removeComments: true, minifyJS: false, minifyCSS: false };

module.exports = (_env, argv) => ({
  name: "wps",
  mode: argv.mode ?? "production",
  devtool: false,
  entry: {
    main: "./src/wps/addin/main.ts",
    taskpane: ["./webpack/dom-polyfills.js", "./src/wps/addin/taskpane.ts"],
  },
  target: ["web", "es5"],
  output: { path: path.join(__dirname, "dist-wps", "kaohe"), filename: "js/[name].js", clean: true },
  resolve: { extensions: [".ts", ".js"] },
  module: { rules: es5Rules() },
  // As the Excel build (webpack.config.js): usedExports off, or a module the two entries use different exports of stays in both.
  optimization: { splitChunks: { usedExports: false, cacheGroups: { default: false, defaultVendors: false, shared: { name: "shared", chunks: "initial", minChunks: 2, enforce: true } } } },
  // The sizes are reported by the build (scripts/wps/build-wps.ts) and checked by test/wps/wps-bundle.test.ts.
  performance: { hints: false },
  plugins: [
    // Blocking, at the end of the body: window.ribbon must exist before WPS calls ribbon.xml's onLoad.
    new HtmlWebpackPlugin({ filename: "index.html", template: "./src/wps/addin/index.html", chunks: ["main"], scriptLoading: "blocking", inject: "body", minify: PAGE_MINIFY }),
    new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/wps/addin/taskpane.html", chunks: ["taskpane"], scriptLoading: "blocking", inject: "body", minify: PAGE_MINIFY }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "src/wps/addin/ribbon.xml", to: "ribbon.xml" },
        { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
        { from: "assets/icon-{16,32,64}.png", to: "images/[name][ext]" },
      ],
    }),
  ],
});
