// fast-xml-parser's validator is lenient where the XML spec is not: it
// accepts a bare "&" or an undefined entity ("&nbsp;", no DTD here), "<" in
// attribute values, and text after the root. A bare "&" is an easy slip in a
// URL's query string, and Office rejects such a manifest, so find them here.

export interface XmlStrictnessError {
  readonly line: number;
  readonly message: string;
}

// Without a DTD only the five predefined entities and character references exist.
const BAD_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g;
const ATTRIBUTE_VALUE = /=\s*("[^"]*"|'[^']*')/g;

/** Replaces comments, CDATA and processing instructions with spaces, keeping line breaks. */
function blankMarkup(source: string): string {
  return source.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g, (m) => m.replace(/[^\n]/g, " "));
}

function lineAt(source: string, index: number): number {
  return source.slice(0, index).split("\n").length;
}

export function findStrictnessError(source: string): XmlStrictnessError | undefined {
  const text = blankMarkup(source);
  const amp = BAD_AMPERSAND.exec(text);
  BAD_AMPERSAND.lastIndex = 0;
  if (amp !== null) {
    const near = /^&[^\s"'<>]{0,10}/.exec(text.slice(amp.index))?.[0] ?? "&";
    return { line: lineAt(text, amp.index), message: `"&" must start &amp;, &lt;, &gt;, &quot;, &apos; or a character reference (found "${near}")` };
  }
  for (const m of text.matchAll(ATTRIBUTE_VALUE)) {
    if (m[1]?.includes("<")) return { line: lineAt(text, m.index), message: `"<" is not allowed in an attribute value (write &lt;)` };
  }
  // The parser drops text after the root element without a word.
  const tail = text.slice(text.lastIndexOf(">") + 1);
  if (tail.trim() !== "") return { line: lineAt(text, text.length - tail.trimStart().length), message: "text after the root element" };
  return undefined;
}
