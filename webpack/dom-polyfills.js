// DOM methods the pane calls that Trident (IE 11) and early EdgeHTML lack, and
// core-js does not provide (it polyfills the language, not the DOM):
// ParentNode.append / replaceChildren, and classList.toggle's second argument
// (ignored by IE 11). Plain ES5: this file is not transpiled beyond the bundle's
// own pass, and test/build/bundle.test.ts checks the result.
(function () {
  if (typeof window === "undefined" || typeof Element === "undefined") return;

  function toNode(item) {
    return typeof item === "object" && item !== null && "nodeType" in item ? item : document.createTextNode(String(item));
  }

  function append() {
    for (var i = 0; i < arguments.length; i++) this.appendChild(toNode(arguments[i]));
  }

  function replaceChildren() {
    while (this.firstChild) this.removeChild(this.firstChild);
    append.apply(this, arguments);
  }

  var owners = [Element.prototype];
  if (typeof DocumentFragment !== "undefined") owners.push(DocumentFragment.prototype);
  for (var i = 0; i < owners.length; i++) {
    if (!owners[i].append) owners[i].append = append;
    if (!owners[i].replaceChildren) owners[i].replaceChildren = replaceChildren;
  }

  // IE 11 returns the toggled state but ignores `force`.
  var probe = document.createElement("span");
  if (probe.classList && probe.classList.toggle("x", false)) {
    var toggle = DOMTokenList.prototype.toggle;
    DOMTokenList.prototype.toggle = function (token, force) {
      if (arguments.length < 2) return toggle.call(this, token);
      if (force) this.add(token);
      else this.remove(token);
      return !!force;
    };
  }
})();
