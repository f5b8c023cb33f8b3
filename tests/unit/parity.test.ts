import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { pageOutline, parityProblems } from '../../scripts/lib/parity.mjs';

const page = (body: string) => `---\ntitle: x\n---\nimport Fact from '@components/Fact.astro';\n\n${body}\n`;

describe('scripts/lib/parity.mjs', () => {
  it('reads the cited ids and counts h2 sections, ignoring h3, frontmatter, comments and code', () => {
    const outline = pageOutline(
      page(
        [
          '## 年费',
          '<Fact id="tmall-annual-fee" inline /> <Term id="annual-fee">年费</Term>',
          '### 小节',
          '{/* <CheckRef id="c-hidden" /> */}',
          '```',
          '## not a heading',
          '```',
          '<CheckRef id="c-annual-fee-tracking" /> <ModuleServices id="traffic" />',
          '## 技术服务费',
        ].join('\n'),
      ),
    );
    expect(outline.h2).toBe(2);
    expect([...outline.cited.facts]).toEqual(['tmall-annual-fee']);
    expect([...outline.cited.terms]).toEqual(['annual-fee']);
    expect([...outline.cited.checks]).toEqual(['c-annual-fee-tracking']);
    expect([...outline.cited['module lists']]).toEqual(['traffic']);
  });

  it('accepts two pages that cite the same things in another order and wording', () => {
    const zh = page('## 一\n<Term id="tp" /> 和 <CheckRef id="v-x" />\n## 二\n<Term id="tp" />');
    const en = page('## One\n<CheckRef id="v-x" />, see <Term id="tp">TP</Term>\n## Two');
    expect(parityProblems(zh, en)).toEqual([]);
  });

  it('names each difference and the language that has it', () => {
    const zh = page('## 一\n<Fact id="case-huli" />\n<CheckRef id="rf-a" />\n## 二\n## 三');
    const en = page('## One\n<Fact id="case-xiamen" />\n<Term id="roi" />\n## Two');
    expect(parityProblems(zh, en)).toEqual([
      'facts cited only in Chinese: case-huli',
      'facts cited only in English: case-xiamen',
      'terms cited only in English: roi',
      'checks cited only in Chinese: rf-a',
      'h2 sections: 3 in Chinese, 2 in English',
    ]);
  });

  it('passes on the site as it is: the build runs it before astro build', () => {
    const output = execFileSync(process.execPath, ['scripts/check-parity.mjs'], { encoding: 'utf8' });
    expect(output).toMatch(/^check-parity: ok \(\d+ page pairs/);
  });
});
