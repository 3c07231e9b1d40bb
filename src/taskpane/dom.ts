/** Small DOM helpers: the pane builds its markup in code, text only (never innerHTML). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { readonly className?: string; readonly text?: string; readonly attrs?: Readonly<Record<string, string>> } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

let counter = 0;

/** A document-unique id for aria-labelledby / aria-describedby / label[for]. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `kaohe-${prefix}-${counter}`;
}
