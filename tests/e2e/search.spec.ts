import { expect, test } from './fixtures';
import { searchResults } from './search-helpers';

/**
 * Real queries a merchant would type, drawn from the guides, and the page that must come back
 * among the first three results. Chinese queries run on a Chinese page (Pagefind searches the
 * index of the page's language), English ones on an English page.
 */
const zhQueries: [query: string, expected: string][] = [
  // Not the bare word 代运营: it is on every page at almost the same score, so its order is a tie-break.
  ['什么是代运营', '/guide/what-is/'],
  ['淘拍档', '/guide/vetting/'],
  ['全托管', '/guide/scope/'],
  ['半托管', '/guide/scope/'],
  ['单项服务', '/guide/scope/'],
  ['六大模块', '/guide/modules/'],
  ['店铺装修', '/guide/modules/store-setup/'],
  ['直通车', '/guide/modules/traffic/'],
  ['万相台无界版', '/guide/modules/traffic/'],
  ['人群推广', '/guide/modules/traffic/'],
  ['刷单', '/guide/modules/operations/'],
  ['客服', '/guide/modules/customer-service/'],
  ['复购', '/guide/modules/customer-service/'],
  ['差评', '/guide/modules/brand/'],
  ['生意参谋', '/guide/data-transparency/'],
  ['子账号', '/guide/data-transparency/'],
  ['提成', '/guide/fees/'],
  ['零服务费', '/guide/fees/'],
  ['阶梯提成', '/guide/fees/'],
  ['盈亏平衡', '/guide/fees/'],
  ['保证金', '/guide/platform-costs/'],
  ['技术服务费', '/guide/platform-costs/'],
  ['考核指标', '/guide/kpi/'],
  ['店铺综合体验分', '/guide/kpi/'],
  ['消极配合', '/guide/cooperation/'],
  ['每周例会', '/guide/cooperation/'],
  ['营业执照', '/guide/vetting/'],
  ['合同', '/guide/contract/'],
  ['保密', '/guide/contract/'],
  ['判决', '/guide/disputes/'],
  ['纠纷', '/guide/disputes/'],
  ['交接', '/guide/switching/'],
  ['更换代运营', '/guide/switching/'],
  ['天猫国际', '/guide/tmall-global/'],
  ['引力魔方', '/guide/glossary/'],
];

const enQueries: [query: string, expected: string][] = [
  ['TP', '/en/guide/what-is/'],
  ['full custody', '/en/guide/scope/'],
  ['six modules', '/en/guide/modules/'],
  ['keyword ads', '/en/guide/modules/traffic/'],
  ['customer service', '/en/guide/modules/customer-service/'],
  ['commission', '/en/guide/fees/'],
  ['zero service fee', '/en/guide/fees/'],
  ['guaranteed sales', '/en/guide/fees/'],
  ['deposit', '/en/guide/platform-costs/'],
  ['annual fee', '/en/guide/platform-costs/'],
  ['sub-account', '/en/guide/data-transparency/'],
  ['Business Advisor', '/en/guide/data-transparency/'],
  ['KPI', '/en/guide/kpi/'],
  ['store score', '/en/guide/kpi/'],
  ['red flags', '/en/guide/vetting/'],
  ['confidentiality', '/en/guide/contract/'],
  ['design files', '/en/guide/contract/'],
  ['court', '/en/guide/disputes/'],
  ['handover', '/en/guide/switching/'],
  ['Tmall Global', '/en/guide/tmall-global/'],
  ['TOF', '/en/guide/tmall-global/'],
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
