// Wraps each `h2` of a guide page, and everything up to the next `h2`, in a <section class="guide-section">.
// theme.css gives these sections `content-visibility: auto`, so that a phone lays out only the part of a
// long guide it shows: otherwise the first layout of /guide/fees/ takes in all ~300 elements of the article,
// 250 of them below the fold, in one task. The figures are in
// docs/decisions/2026-11-29-guide-sections-content-visibility.md.
// A hast plugin for Sätteri, Astro's Markdown processor (it does not run rehype plugins).

/**
 * @typedef {import('hast').Root} Root
 * @typedef {import('hast').RootContent} RootContent
 * @typedef {import('hast').Element} Element
 */

/**
 * The root's children with each `h2` and the nodes after it, up to the next `h2`, in a section. Nodes before
 * the first `h2` (the part a reader sees first) stay as they are; MDX imports and exports, which render
 * nothing and must stay at the top level, are moved ahead of everything.
 * @param {readonly RootContent[]} children
 * @returns {RootContent[]}
 */
export function sectionByH2(children) {
  /** @type {RootContent[]} */
  const esm = [];
  /** @type {RootContent[]} */
  const out = [];
  /** @type {Element | undefined} */
  let section;
  for (const node of children) {
    if (/** @type {{ type: string }} */ (node).type === 'mdxjsEsm') esm.push(node);
    else if (node.type === 'element' && node.tagName === 'h2') {
      section = { type: 'element', tagName: 'section', properties: { className: ['guide-section'] }, children: [node] };
      out.push(section);
    } else if (section) section.children.push(/** @type {import('hast').ElementContent} */ (node));
    else out.push(node);
  }
  return [...esm, ...out];
}

/**
 * The Sätteri hast plugin entry: applies to documents whose file path matches `include`.
 * @param {{ include: RegExp }} options
 * @returns {(context: { fileURL: URL | undefined }) => import('satteri').HastPluginDefinition | undefined}
 */
export function guideSections({ include }) {
  return ({ fileURL }) => {
    if (!fileURL || !include.test(fileURL.pathname)) return undefined;
    return {
      name: 'guide-sections',
      after(root, ctx) {
        if (!root.children.some((node) => node.type === 'element' && node.tagName === 'h2')) return;
        ctx.replaceNode(root, { type: 'root', children: sectionByH2(root.children) });
      },
    };
  };
}
