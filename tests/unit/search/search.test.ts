import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { nameGroups, searchForms, termNames, type NamedEntry } from '../../../src/lib/search/aliases';
import {
  buildExcerpt,
  containsName,
  occurrences,
  phraseSearch,
  rebuildFragment,
  splitByNames,
  type PagefindApi,
  type PagefindFragment,
  type PagefindResult,
} from '../../../src/lib/search/find';

const glossary = parse(readFileSync('content/glossary.yaml', 'utf8')) as NamedEntry[];
const groups = nameGroups(glossary);

describe('other names for a search, from the glossary', () => {
  it('splits a displayed term into its names', () => {
    expect(termNames('淘拍档（TP）')).toEqual(['淘拍档（TP）', '淘拍档', 'TP']);
    expect(termNames('TP – Tmall Partner (淘拍档)')).toEqual([
      'TP – Tmall Partner (淘拍档)',
      'TP',
      'Tmall Partner',
      '淘拍档',
    ]);
    expect(termNames('全托管')).toEqual(['全托管']);
  });

  it('leads slang and older names to the current terms', () => {
    expect(searchForms('提点', groups)).toContain('提成');
    expect(searchForms('扣点', groups)).toEqual(expect.arrayContaining(['提成', '技术服务费']));
    expect(searchForms('对赌', groups)).toEqual(expect.arrayContaining(['保底', '保证销量']));
    expect(searchForms('直通车', groups)).toContain('关键词推广');
    expect(searchForms('钻展', groups)).toContain('人群推广');
    expect(searchForms('dsr', groups)).toContain('店铺综合体验分');
    expect(searchForms('Through Train', groups)).toContain('keyword ads');
  });

  it('cuts a phrase at the glossary names it contains', () => {
    const names = groups.flatMap((group) => group.names);
    expect(splitByNames('年费取消', names, 'zh')).toEqual(['年费', '取消']);
    expect(splitByNames('直通车怎么开', names, 'zh')[0]).toBe('直通车');
  });

  it('does not make a search for the current term look for every name it replaced', () => {
    expect(searchForms('人群推广', groups)).not.toContain('钻展');
  });

  it('searches a word that is no name as it is, first', () => {
    expect(searchForms('提前', groups)).toEqual(['提前']);
    expect(searchForms(' 直通车 ', groups)[0]).toBe('直通车');
  });
});

describe('what counts as containing a word', () => {
  it('matches Chinese across spaces and Latin words only from their start', () => {
    expect(containsName('先做 TP 认证再说', 'TP认证', 'zh')).toBe(true);
    expect(containsName('见 https://example.org', 'TP', 'zh')).toBe(false);
    expect(containsName('提前准备共同点', '提点', 'zh')).toBe(false);
  });

  it('lets an English word go on, and a hyphen stand for a space', () => {
    expect(containsName('Two deposits are due', 'deposit', 'en')).toBe(true);
    expect(containsName('the customer-service team', 'customer service', 'en')).toBe(true);
    expect(containsName('a redeposit', 'deposit', 'en')).toBe(false);
  });
});

describe('excerpts', () => {
  const text = `${'前文'.repeat(40)}提成按扣除退款后的销售额计算，${'后文'.repeat(40)}`;

  it('are about 72 Chinese characters around the word, marked', () => {
    const excerpt = buildExcerpt(text, occurrences(text, ['提成'], 'zh'), 'zh');
    expect(excerpt).toContain('<mark>提成</mark>');
    expect(excerpt.replace(/<\/?mark>/g, '')).toHaveLength(72);
  });

  it('are 30 English words, escaped', () => {
    const words = Array.from({ length: 80 }, (_, i) => `w${i}`);
    words[50] = '<deposit>';
    const english = words.join(' ');
    const excerpt = buildExcerpt(english, occurrences(english, ['deposit'], 'en'), 'en');
    expect(excerpt.split(' ')).toHaveLength(30);
    expect(excerpt).toContain('&lt;<mark>deposit</mark>&gt;');
  });

  it('give one sub-result per heading the word is under', () => {
    const content = '费用. 开头。 服务费 + 提成. 提成让对方关心业绩。 保证销量. 没有这个词。';
    const raw = content.replace(/(\S)/gu, '$1\u200B');
    // Each word ends at a zero-width space, as Pagefind stores them: word n starts after n of them.
    const at = (prefix: string) => prefix.replace(/\s/g, '').length;
    const fragment = {
      url: '/guide/fees/',
      content,
      raw_content: raw,
      excerpt: '',
      meta: { title: '费用' },
      anchors: [
        { element: 'h1', id: '_top', text: '费用', location: 0 },
        { element: 'h2', id: 'mixed', text: '服务费 + 提成', location: at('费用. 开头。 ') },
        {
          element: 'h2',
          id: 'guarantee',
          text: '保证销量',
          location: at('费用. 开头。 服务费 + 提成. 提成让对方关心业绩。 '),
        },
      ],
      locations: [],
      weighted_locations: [],
      sub_results: [],
    } satisfies PagefindFragment;
    const rebuilt = rebuildFragment(fragment, ['提成'], 'zh');
    expect(rebuilt.sub_results.map((sub) => sub.url)).toEqual(['/guide/fees/#mixed']);
    expect(rebuilt.sub_results[0]?.excerpt).toBe('服务费 + <mark>提成</mark>. <mark>提成</mark>让对方关心业绩。');
  });
});

/**
 * A stand-in for Pagefind over pages given as texts: a word (or quoted phrase) is found where the text has
 * it; the score is its number of occurrences. It counts searches and result texts loaded.
 */
function fakePagefind(pages: Record<string, string>) {
  const calls: string[] = [];
  const loads: string[] = [];
  const api: PagefindApi = {
    search: (term) => {
      calls.push(term);
      const words = term.replace(/"/g, '').split(/\s+/).filter(Boolean);
      const results: PagefindResult[] = Object.entries(pages).flatMap(([url, text]) => {
        const score = Math.min(...words.map((word) => text.split(word).length - 1));
        if (score <= 0) return [];
        const data = () => {
          loads.push(url);
          return Promise.resolve({
            url,
            content: text,
            excerpt: '',
            meta: { title: url },
            anchors: [],
            locations: [],
            weighted_locations: [],
            sub_results: [],
          } satisfies PagefindFragment);
        };
        return [{ id: url, score, words: [], data }];
      });
      results.sort((a, b) => b.score - a.score);
      return Promise.resolve({ results, unfilteredResultCount: results.length });
    },
  };
  return { api, calls, loads };
}

describe('the site search over Pagefind', () => {
  it('answers a query asked again from what it found, without searching or loading texts again', async () => {
    const { api, calls, loads } = fakePagefind({ '/fees/': '提成 提成 服务费' });
    const search = phraseSearch(api, groups, 'zh');
    const first = await search('服务费', {});
    await first?.results[0]?.data();
    const searches = calls.length;
    const again = await search('服务费', {});
    await again?.results[0]?.data();
    expect(again).toBe(first);
    expect(calls).toHaveLength(searches);
    expect(loads).toEqual(['/fees/']);
  });

  it("answers a phrase on no page without waiting for Pagefind's own search", async () => {
    // 提点 as no glossary name: on no page, and its single characters are never searched apart.
    const { api } = fakePagefind({ '/disputes/': '提前 共同点' });
    const slow: PagefindApi = {
      search: (term, options) => (term.startsWith('"') ? api.search(term, options) : new Promise(() => {})),
    };
    const found = await phraseSearch(slow, [], 'zh')('提点', {});
    expect(found?.results).toEqual([]);
  });

  it('puts the page that explains a term before those that mention one of its names in passing', async () => {
    const { api } = fakePagefind({
      // The glossary lists every name once; a page mentions 扣点 once; the fee guide is about 销售提成.
      '/glossary/': '销售提成 提成 提点 扣点 佣金 技术服务费 平台佣金',
      '/kpi/': '扣点 扣点 扣点 提成',
      '/fees/': '销售提成 销售提成 销售提成 提成 提成 提成 提成 佣金',
      '/platform-costs/': '技术服务费 技术服务费 技术服务费 平台佣金 平台佣金 佣金 佣金 佣金',
    });
    const search = phraseSearch(api, groups, 'zh');
    const pages = async (query: string) => (await search(query, {}))?.results.map((result) => result.id);
    // 扣点 names 销售提成 first in the glossary, then 技术服务费.
    expect((await pages('扣点'))?.slice(0, 2)).toEqual(['/fees/', '/platform-costs/']);
    expect((await pages('提点'))?.[0]).toBe('/fees/');
    expect((await pages('佣金'))?.[0]).toBe('/fees/');
    // A word that is no glossary name keeps Pagefind's order.
    expect(await pages('扣点 扣点')).toEqual(['/kpi/', '/glossary/']);
  });
});
