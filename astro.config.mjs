// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import {
  pagefindOnMainThread,
  pagefindSearchDuringDebounce,
  pagefindSiteSearch,
  searchNames,
  pagefindUiOnDemand,
} from './src/integrations/pagefind-ui.mjs';
import { satteri } from '@astrojs/markdown-satteri';
import { guideSections } from './src/integrations/guide-sections.mjs';
import { noPreloadHelper } from './src/integrations/no-preload.mjs';

/**
 * A sidebar group labelled in both languages; slugs are locale-neutral (Starlight prefixes `en/`).
 * @param {string} zh @param {string} en @param {string[]} items
 */
const group = (zh, en, items) => ({ label: zh, translations: { en }, items });

// Pagefind cuts its word index into chunks of about 20,000 word positions by default, ~34 KB each
// here, and a Chinese query often touches two or three of them. Smaller chunks keep the first query
// under 150 KB (`npm run bench:search`). Pagefind 1.6 reads this only from the environment (its name
// says "unstable"); Starlight runs Pagefind in this process, so setting it here covers every build,
// and `npm run budget` fails if the chunks grow back.
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '2500';

export default defineConfig({
  site: 'https://tmall-agency-guide.example.org',
  trailingSlash: 'always',
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    // Emit every processed script as a named file instead of inlining small ones, so that the
    // budget script can tell our JavaScript from Starlight's and the CSP needs fewer hashes.
    build: { assetsInlineLimit: 0 },
    plugins: [
      noPreloadHelper(),
      pagefindOnMainThread(),
      pagefindUiOnDemand(),
      pagefindSearchDuringDebounce(),
      pagefindSiteSearch(),
      searchNames(),
    ],
  },
  // Guides have no code blocks; Shiki's inline styles would need CSP exceptions.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ hastPlugins: [guideSections({ include: /\/content\/docs\/(en\/)?guide\// })] }),
  },
  integrations: [
    starlight({
      title: { 'zh-CN': '天猫代运营指南', en: 'Tmall Agency Guide' },
      description: '把天猫店交给代运营公司之前,先读懂、算清、查实、写进合同。',
      defaultLocale: 'root',
      locales: {
        root: { label: '简体中文', lang: 'zh-CN' },
        en: { label: 'English', lang: 'en' },
      },
      logo: { src: './src/assets/logo.svg' },
      favicon: '/favicon.svg',
      customCss: ['./src/styles/theme.css', './src/styles/print.css'],
      // Both read and write localStorage; ours survive a browser that refuses site data (see each file).
      components: {
        ThemeProvider: './src/components/overrides/ThemeProvider.astro',
        ThemeSelect: './src/components/overrides/ThemeSelect.astro',
      },
      lastUpdated: false,
      credits: false,
      // No code blocks in this site; Expressive Code's inline styles would also need CSP exceptions.
      expressiveCode: false,
      sidebar: [
        group('入门', 'Start here', [
          'guide/what-is',
          'guide/modules',
          'guide/scope',
          'guide/launch',
          'guide/categories',
        ]),
        group('六大服务模块', 'The six modules', [
          'guide/modules/store-setup',
          'guide/modules/traffic',
          'guide/modules/operations',
          'guide/modules/customer-service',
          'guide/modules/data',
          'guide/modules/brand',
        ]),
        group('费用', 'Money', ['guide/fees', 'guide/platform-costs', 'guide/half-custody']),
        group('合作与合同', 'Working together', [
          'guide/data-transparency',
          'guide/kpi',
          'guide/cooperation',
          'guide/vetting',
          'guide/negotiation',
          'guide/contract',
          'guide/disputes',
          'guide/switching',
        ]),
        group('天猫国际', 'Tmall Global', ['guide/tmall-global', 'guide/cross-border']),
        group('工具', 'Tools', [
          'tools/scope',
          'tools/fees',
          'tools/target',
          'tools/vetting',
          'tools/case',
          'tools/contract',
          'tools/contract-scan',
          'tools/review',
          'tools/exit',
        ]),
        group('参考', 'Reference', ['guide/glossary', 'guide/sources']),
      ],
    }),
  ],
});
