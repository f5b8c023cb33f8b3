/** The DOM builders every tool uses. Text always goes in as text, never as HTML. */
export type Attributes = Record<string, string | number>;

export function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  content?: string | (Node | string)[],
  attributes: Attributes = {},
) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (typeof content === 'string') node.textContent = content;
  else if (content) node.append(...content);
  return node;
}

export function makeSvg(tag: string, attributes: Attributes, content?: string) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (content !== undefined) node.textContent = content;
  return node;
}
