// Counts what a built page puts in the document at load; used by scripts/budget.mjs.

/**
 * Elements and form fields the browser gets at load: everything except the content of <template>
 * (inert until a script uses it). The browser styles and lays out each element, and Chrome's autofill
 * goes over every field at DOMContentLoaded, so both cost time before a tool page answers.
 */
export function countElements(html) {
  const tag =
    /<!--[\s\S]*?-->|<\/([a-zA-Z][\w-]*)\s*>|<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
  let elements = 0;
  let fields = 0;
  let inTemplate = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const [, closing, opening, attributes = ''] = m;
    if (closing) {
      if (closing.toLowerCase() === 'template') inTemplate = Math.max(0, inTemplate - 1);
      continue;
    }
    if (!opening) continue; // a comment
    const name = opening.toLowerCase();
    if (name === 'script' || name === 'style') {
      // Raw text: skip to the end tag, so nothing inside is read as markup.
      const endTag = new RegExp(`</${name}`, 'ig');
      endTag.lastIndex = tag.lastIndex;
      tag.lastIndex = endTag.exec(html)?.index ?? html.length;
    }
    if (name === 'template') {
      inTemplate += 1;
      continue;
    }
    if (inTemplate > 0) continue;
    elements += 1;
    if (
      name === 'select' ||
      name === 'textarea' ||
      (name === 'input' && !/\stype\s*=\s*["']?hidden\b/i.test(attributes))
    )
      fields += 1;
  }
  return { elements, fields };
}
