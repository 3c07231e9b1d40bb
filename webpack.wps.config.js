// The WPS 表格 加载项 (issue 16): its entry page, ribbon.xml and one bundle,
// in dist-wps/kaohe/. A config of its own so the Office add-in's
// webpack.config.js stays untouched. WPS 加载项 run in WPS's own Chromium,
// so no ES5 transpiling here. scripts/wps/build-wps.ts runs it and writes
// the registration files (jsplugins.xml / publish.xml).
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");

module.exports = (_env, argv) => ({
  name: "wps",
  mode: argv.mode ?? "production",
  devtool: false,
  entry: { main: "./src/wps/addin/main.ts" },
  output: { path: path.join(__dirname, "dist-wps", "kaohe"), filename: "js/[name].js", clean: true },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: false } } },
        exclude: /node_modules/,
      },
    ],
  },
  performance: { maxAssetSize: 600 * 1024, maxEntrypointSize: 600 * 1024, hints: "warning" },
  plugins: [
    new CopyWebpackPlugin({
      patterns: [
        { from: "src/wps/addin/ribbon.xml", to: "ribbon.xml" },
        { from: "src/wps/addin/index.html", to: "index.html", transform: (html) => html.toString().replace("</body>", '  <script src="js/main.js"></script>\n  </body>') },
        { from: "assets/icon-{16,32,64}.png", to: "images/[name][ext]" },
      ],
    }),
  ],
});
