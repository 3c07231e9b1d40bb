// Production build of the pane and the ribbon's function commands. Everything
// they need ships in dist/ — office.js included, copied from the
// @microsoft/office-js package — so nothing is fetched from outside.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const OFFICE_JS = path.join(__dirname, "node_modules", "@microsoft", "office-js", "dist");

module.exports = (_env, argv) => ({
  mode: argv.mode ?? "production",
  devtool: argv.mode === "development" ? "source-map" : false,
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
  module: {
    rules: [
      {
        test: /\.ts$/,
        // Type-checking is `npm run typecheck`; the bundle only strips types.
        use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: false } } },
        exclude: /node_modules/,
      },
    ],
  },
  // office/ holds Microsoft's own host files; the budget is for our bundles.
  performance: { maxAssetSize: 250 * 1024, maxEntrypointSize: 250 * 1024, hints: "warning", assetFilter: (name) => !name.startsWith("office/") && name.endsWith(".js") },
  plugins: [
    new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"], scriptLoading: "defer" }),
    new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"], scriptLoading: "defer" }),
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
});
