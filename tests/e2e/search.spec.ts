import { expect, test } from './fixtures';
import { searchResults } from './search-helpers';

/**
 * Real queries a merchant would type, drawn from the guides, and the page that must come back
 * among the first three results. Chinese queries run on a Chinese page (Pagefind searches the
 * index of the page's language), English ones on an English page.
 */
const zhQueries: [query: string, expected: string][] = [
  ['代运营', '/guide/what-is/'],
  ['全托管', '/guide/scope/'],
  ['半托管', '/guide/scope/'],
  ['提成', '/guide/fees/'],
  ['零服务费', '/guide/fees/'],
  ['保证金', '/guide/platform-costs/'],
  ['直通车', '/guide/modules/traffic/'],
  ['客服', '/guide/modules/customer-service/'],
  ['店铺装修', '/guide/modules/store-setup/'],
  ['生意参谋', '/guide/modules/data/'],
  ['六大模块', '/guide/modules/'],
  ['口碑', '/guide/modules/brand/'],
];

const enQueries: [query: string, expected: string][] = [
  ['full custody', '/en/guide/scope/'],
  ['commission', '/en/guide/fees/'],
  ['deposit', '/en/guide/platform-costs/'],
  ['keyword ads', '/en/guide/modules/traffic/'],
  ['customer service', '/en/guide/modules/customer-service/'],
  ['six modules', '/en/guide/modules/'],
];

test.describe('Chinese search', () => {
  for (const [query, expected] of zhQueries) {
    test(`“${query}” finds ${expected}`, async ({ page }) => {
      expect(await searchResults(page, '/', query)).toContain(expected);
    });
  }
});

test.describe('English search', () => {
  for (const [query, expected] of enQueries) {
    test(`"${query}" finds ${expected}`, async ({ page }) => {
      expect(await searchResults(page, '/en/', query)).toContain(expected);
    });
  }
});
