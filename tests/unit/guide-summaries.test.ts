import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every guide opens with a short summary for readers who already know the basics (issue 22). */
const docs = path.resolve(import.meta.dirname, '../../content/docs');

/** Guide pages below `dir`, as paths relative to it. */
function guides(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .sort();
}

/** The page's body after its front matter and imports: what a reader meets first. */
function opening(file: string): string {
  const text = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  return text.replace(/^(?:import .*\n|\s*\n)*/, '');
}

const zhPages = guides(path.join(docs, 'guide'));
const enPages = guides(path.join(docs, 'en/guide'));

describe('guide summaries', () => {
  it('every Chinese guide has an English twin with the same slug, and the other way round', () => {
    expect(enPages).toEqual(zhPages);
    expect(zhPages).toEqual(
      expect.arrayContaining([
        'launch.mdx',
        'negotiation.mdx',
        'half-custody.mdx',
        'categories.mdx',
        'cross-border.mdx',
      ]),
    );
  });

  // Longest point allowed, in characters: a Chinese sentence carries more in fewer characters.
  for (const [language, dir, pages, title, longest] of [
    ['Chinese', 'guide', zhPages, '要点', 80],
    ['English', 'en/guide', enPages, 'In short', 200],
  ] as const) {
    it.each(pages)(`${language} %s opens with a summary of two to five points`, (page) => {
      const start = opening(path.join(docs, dir, page));
      const summary = new RegExp(`^<Aside type="note" title="${title}">\\n((?:- .+\\n){2,5})</Aside>\\n`).exec(start);
      expect(summary, `${dir}/${page} should open with <Aside type="note" title="${title}">`).not.toBeNull();
      // Short: a reader who knows the basics takes it in at a glance.
      for (const point of summary?.[1]?.trim().split('\n') ?? []) expect(point.length).toBeLessThanOrEqual(longest);
    });
  }
});
