// Inlined at the end of taskpane.html's body (its hash is in the page's CSP),
// before any bundle runs. ES3 on purpose: it must run where nothing else can.
// Two cases it turns into a Chinese message instead of "正在连接 Excel…" forever:
// a webview without the ES5 the polyfilled bundle still needs, and a page where
// office.js (or the pane's own script) never arrived — the usual cause being
// Microsoft's hosted office.js on a network without internet.
(function () {
  var root = document.getElementById("kaohe-pane");
  if (!root) return;
  function show(text) {
    while (root.firstChild) root.removeChild(root.firstChild);
    var p = document.createElement("p");
    p.className = "pane-loading pane-failed";
    p.appendChild(document.createTextNode(text));
    root.appendChild(p);
  }
  function stillLoading() {
    var children = root.getElementsByTagName("p");
    return children.length === 1 && children[0].className === "pane-loading";
  }
  var es5 =
    typeof Object.keys === "function" && typeof Object.create === "function" && typeof Object.getPrototypeOf === "function" &&
    typeof JSON === "object" && typeof Array.prototype.forEach === "function" && typeof Array.isArray === "function" &&
    typeof document.addEventListener === "function" && typeof window.getComputedStyle === "function";
  if (!es5) {
    show("此 Excel 的网页组件过旧，考核评分无法在其中运行。请升级 Office，或改用 Excel 网页版。 / This Excel's web view is too old for Kaohe: please update Office or use Excel on the web.");
    return;
  }
  function check() {
    if (typeof window.Office === "undefined") {
      show("未能加载 Office 脚本（office.js），考核评分无法连接 Excel。若单位网络不能访问互联网，请联系信息管理员按《部署指南》使用单位自备的 office.js。 / office.js did not load, so Kaohe cannot reach Excel. Without internet access, ask IT to deploy the add-in with the office's own copy of office.js (see the deployment guide).");
      return;
    }
    // office.js is there: give Office.onReady time, then say so if the pane never came.
    window.setTimeout(function () {
      if (stillLoading()) show("考核评分未能启动：Excel 长时间没有响应。请关闭任务窗格后重新打开；仍不行请重启 Excel。 / Kaohe did not start: Excel did not answer. Close and reopen the pane, or restart Excel.");
    }, 30000);
  }
  if (window.addEventListener) window.addEventListener("load", check, false);
  else if (window.attachEvent) window.attachEvent("onload", check);
})();
