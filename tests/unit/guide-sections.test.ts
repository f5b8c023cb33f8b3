import { describe, expect, it } from 'vitest';
import type { Element, RootContent } from 'hast';
import { guideSections, sectionByH2 } from '../../src/integrations/guide-sections.mjs';

const el = (tagName: string, text = ''): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children: text ? [{ type: 'text', value: text }] : [],
});
const esm = { type: 'mdxjsEsm', value: "import X from './x.astro';" } as unknown as RootContent;
/** The tree as tag names, sections as [children]. */
const shape = (nodes: readonly RootContent[]): unknown[] =>
  nodes.map((node) =>
    node.type === 'element' && node.tagName === 'section'
      ? [(node.properties.className as string[]).join(' '), ...shape(node.children)]
      : node.type === 'element'
        ? node.tagName
        : node.type,
  );

describe('sectionByH2', () => {
  it('puts each h2 and what follows it, up to the next h2, in a section; the opening stays outside', () => {
    const tree = [
      el('p', 'intro'),
      el('aside'),
      el('h2', 'A'),
      el('p'),
      el('h3'),
      el('ul'),
      el('h2', 'B'),
      el('table'),
    ];
    expect(shape(sectionByH2(tree))).toEqual([
      'p',
      'aside',
      ['guide-section', 'h2', 'p', 'h3', 'ul'],
      ['guide-section', 'h2', 'table'],
    ]);
  });

  it('keeps MDX imports at the top level, ahead of the content', () => {
    const tree = [esm, el('h2'), el('p'), esm];
    expect(shape(sectionByH2(tree))).toEqual(['mdxjsEsm', 'mdxjsEsm', ['guide-section', 'h2', 'p']]);
  });

  it('leaves a page without h2 as it is', () => {
    const tree = [el('p'), el('h3'), el('dl')];
    expect(shape(sectionByH2(tree))).toEqual(['p', 'h3', 'dl']);
  });
});

describe('guideSections', () => {
  const entry = guideSections({ include: /\/content\/docs\/(en\/)?guide\// });
  it('applies to guide pages in both languages and to nothing else', () => {
    const file = (path: string) => entry({ fileURL: new URL(`file:///repo/content/docs/${path}`) });
    expect(file('guide/fees.mdx')?.name).toBe('guide-sections');
    expect(file('en/guide/modules/traffic.mdx')?.name).toBe('guide-sections');
    expect(file('tools/fees.mdx')).toBeUndefined();
    expect(file('index.mdx')).toBeUndefined();
    expect(entry({ fileURL: undefined })).toBeUndefined();
  });
});
