/**
 * The data a tool's component gave its script, as JSON in the custom element's `data-page-data`
 * attribute (an attribute, so Astro escapes it and no text in it can end an element).
 */
export function pageData(root: HTMLElement): unknown {
  return JSON.parse(root.dataset['pageData'] ?? 'null');
}
