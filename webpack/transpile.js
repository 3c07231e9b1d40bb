// How the add-in's bundles become ES5 for Internet Explorer 11 and Edge Legacy,
// the webviews of Office 2019 and older volume-licensed builds.
//
// Babel, not TypeScript's own ES5 target: TypeScript only downlevels our
// sources, while zod and decimal.js ship modern syntax too (zod: classes,
// spread, `??`), and it adds no polyfills. So ts-loader strips the types
// (type-checking is `npm run typecheck`), then @babel/preset-env lowers every
// module — ours and the dependencies' — to ES5 and adds, from core-js, only the
// built-ins the code actually uses (useBuiltIns "usage"): Promise, Map, Set,
// Symbol, Array.prototype.find/includes/flatMap, Object.entries….
// The DOM methods core-js does not cover are in webpack/dom-polyfills.js.
// test/build/bundle.test.ts parses the built bundles at ecmaVersion 5.
//
// `babelRules(targets)` is the same pipeline for another browser: the WPS
// 加载项 run in WPS's own Chromium, older in older WPS builds.
const path = require("node:path");

const TARGETS = "ie 11";

/**
 * Polyfills "usage" adds on a name alone (any `.map(` might be an iterator's,
 * any `x.sub(` a string's) for features neither our code nor its
 * dependencies call, checked against the sources and the bundles:
 * - ES2025+ iterator helpers, Set methods, typed-array and base64/hex
 *   additions, Map/WeakMap getOrInsert: TypeScript's ES2022 lib does not even
 *   declare them, so our sources cannot use them by accident;
 * - web.url*: zod's z.url() check constructs URL, but no schema of ours uses
 *   it, and our own code reads addresses with plain string work
 *   (src/commands/status-*.ts) — the URL polyfill would cost ~8 KB gzipped;
 * - web.atob/btoa and DOMException: only zod's base64 checks call them (no
 *   schema of ours), and IE 11 has both;
 * - es.array-buffer.*: ES2024 transfer/detached; nothing constructs an
 *   ArrayBuffer (the one Uint8Array is IE 11's own);
 * - the Annex B HTML string methods (anchor, bold, sub…): found in
 *   decimal.js's `x.sub(y)`; IE 11 has them anyway;
 * - es.json.parse (source text access for a reviver: no reviver reads it),
 *   JSON/Math toStringTag, Array#push's 2^53 length check, Error's `cause`
 *   option (no code passes one).
 */
const UNUSED_POLYFILLS = [
  /^web\.url/,
  /^es\.iterator\./,
  /^es\.typed-array\./,
  /^es\.uint8-array\./,
  /^es\.set\..+\.v2$/,
  /^es\.(weak-)?map\.get-or-insert/,
  /^esnext\./,
  /^web\.(atob|btoa|dom-exception)/,
  /^es\.array-buffer\./,
  /^es\.string\.(anchor|big|blink|bold|fixed|fontcolor|fontsize|italics|link|small|strike|sub|sup)$/,
  /^es\.json\.(parse|to-string-tag)$/,
  /^es\.math\.to-string-tag$/,
  /^es\.array\.push$/,
  /^es\.error\.cause$/,
];

/**
 * One copy of each Babel helper for the whole bundle: by default Babel writes
 * its helpers (for-of over an iterable, array spread, destructuring, async
 * functions' regenerator…) into every module that needs them — 65 copies of
 * the for-of helper, 45 of spread and 19 of the regenerator in the pane's
 * bundles before this. @babel/plugin-transform-runtime imports them from
 * @babel/runtime instead; same helpers, same behaviour, no global changes
 * (corejs: false — the polyfills stay preset-env's, global, as before).
 */
const RUNTIME_HELPERS = ["@babel/plugin-transform-runtime", { corejs: false, helpers: true, regenerator: true, version: require("@babel/runtime/package.json").version }];

const BABEL_RUNTIME = /node_modules[\\/]@babel[\\/]runtime[\\/]/;

/** `sharedHelpers`: false only for @babel/runtime's own helpers, which cannot import themselves. */
function babel(targets, { sharedHelpers = true } = {}) {
  return {
    loader: "babel-loader",
    options: {
      babelrc: false,
      configFile: false,
      // Dependencies are ES modules or CommonJS; let Babel tell which.
      sourceType: "unambiguous",
      // What our code and its dependencies never rely on, so Babel can emit less (no spec-only helpers).
      assumptions: { noDocumentAll: true, noClassCalls: true, constantSuper: true, superIsCallableConstructor: true, setPublicClassFields: true, setSpreadProperties: true, ignoreFunctionLength: true, ignoreToPrimitiveHint: true },
      presets: [["@babel/preset-env", { targets, modules: false, useBuiltIns: "usage", corejs: require("core-js/package.json").version, bugfixes: true, exclude: UNUSED_POLYFILLS }]],
      plugins: sharedHelpers ? [RUNTIME_HELPERS] : [],
      cacheDirectory: path.join(__dirname, "..", "node_modules", ".cache", "babel"),
    },
  };
}

/** Every module, ours and the dependencies', lowered to `targets` (a browserslist query) with the polyfills it uses. */
function babelRules(targets) {
  return [
    {
      test: /\.ts$/,
      exclude: /node_modules/,
      use: [babel(targets), { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", target: "es2022", sourceMap: false } } }],
    },
    {
      test: /\.m?js$/,
      // core-js itself must not be run through Babel (it would import itself);
      // webpack's own runtime is lowered by `target: ["web", "es5"]` (or the config's own target).
      exclude: [/node_modules[\\/](core-js|webpack)[\\/]/, BABEL_RUNTIME],
      use: [babel(targets)],
    },
    {
      // The shared helpers: lowered and given the polyfills they use like any
      // dependency (they call Symbol, Array.from, Reflect.construct…), but
      // without the plugin that would make them import themselves.
      test: /\.m?js$/,
      include: BABEL_RUNTIME,
      use: [babel(targets, { sharedHelpers: false })],
    },
  ];
}

/** The Office add-in's bundles: ES5 for IE 11 / Edge Legacy. */
function es5Rules() {
  return babelRules(TARGETS);
}

module.exports = { es5Rules, babelRules, TARGETS, UNUSED_POLYFILLS };
