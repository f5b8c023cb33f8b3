import { defineCollection } from 'astro:content';
import { readdir, readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { TOPICS } from './lib/contract/model';

/** Text written in both site languages. Both are required: a page never falls back silently. */
export const bilingual = z.object({
  /** Simplified Chinese (zh-CN), the site's first language. */
  zh: z.string().min(1),
  /** English, written for its own reader rather than translated line by line. */
  en: z.string().min(1),
});

/** A list of short items in both languages (e.g. deliverables). */
const bilingualList = z.object({
  /** Items in Simplified Chinese. */
  zh: z.array(z.string().min(1)).min(1),
  /** Items in English. */
  en: z.array(z.string().min(1)).min(1),
});

/** A guide page slug without locale, e.g. `guide/fees`; checked against real pages by `scripts/check-references.mjs`. */
const guideSlug = z.string().regex(/^guide\/[a-z0-9/-]+$/);

/** Kebab-case identifier used in URLs, anchors and saved data. */
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

const modules = defineCollection({
  loader: file('content/modules.yaml'),
  schema: z.object({
    /** Stable module id, e.g. `traffic`. */
    id,
    /** Position among the six modules, 1–6. */
    order: z.number().int().min(1).max(6),
    /** Module name. */
    title: bilingual,
    /** One sentence on what the module is for. */
    summary: bilingual,
    /** The guide page that explains this module. */
    guide: guideSlug,
    /** The services in this module. */
    services: z
      .array(
        z.object({
          /** Stable service id, unique across all modules (used by the scope chooser's saved matrix). */
          id,
          /** Service name. */
          title: bilingual,
          /** What the service covers. */
          description: bilingual,
          /** What the merchant should see delivered. */
          deliverables: bilingualList,
          /** Who usually does it under full custody. */
          defaultOwner: z.enum(['agency', 'merchant', 'shared']),
        }),
      )
      .min(1),
  }),
});

const glossary = defineCollection({
  loader: file('content/glossary.yaml'),
  schema: z.object({
    /** Stable term id; also the anchor on the glossary page. */
    id,
    /** The term as a reader meets it in each language. */
    term: bilingual,
    /** Plain-language definition. */
    definition: bilingual,
    /** `renamed` for names the platform no longer uses. */
    status: z.enum(['current', 'renamed']),
    /** For renamed terms: the id of the term that replaced it. */
    replacedBy: id.optional(),
    /** Other names people search for. */
    aliases: z.array(z.string()).optional(),
    /** A fact (from `content/facts.yaml`) that backs this entry, e.g. a renaming. */
    fact: id.optional(),
  }),
});

const facts = defineCollection({
  loader: file('content/facts.yaml'),
  schema: z.object({
    /** Stable fact id cited by `<Fact id>`. */
    id,
    /** The fact, stated plainly with its numbers. */
    claim: bilingual,
    /** Where it comes from; at least one. */
    sources: z
      .array(
        z.object({
          /** Title of the source page or article. */
          title: z.string().min(1),
          /** Address of the source, when it has one. */
          url: z.url().optional(),
        }),
      )
      .min(1),
    /** H: several sources or official; M: one credible source; L: vendor marketing or anecdote. */
    confidence: z.enum(['H', 'M', 'L']),
    /** Date the fact was last checked against its sources. */
    verified: z.coerce.date(),
    /** Why the fact may be outdated or disputed. */
    caveat: bilingual.optional(),
  }),
});

/** Fields every check shares, whatever its kind. */
const checkBase = z.object({
  /** Stable id: `v-` vetting, `c-` clause, `rf-` red flag. Saved in user data: never rename. */
  id,
  /** Short name of the check. */
  title: bilingual,
  /** Why it matters to the merchant. */
  why: bilingual,
  /** Evidence to ask for, or how to verify it. */
  evidence: bilingual,
  /** The guide page that explains it. */
  guide: guideSlug,
  /** Which source grounds the entry. */
  basis: z.enum(['seed', 'research', 'both']),
  /** Where in that source (section or table row). */
  basisNote: z.string().min(1),
});

const level = bilingual;

/** A vetting criterion: a pass/fail knockout or a weighted 1–5 score. */
export const vettingCheck = checkBase.extend({
  kind: z.literal('vetting'),
  /** A knockout excludes the agency when failed, whatever its score. */
  knockout: z.boolean(),
  /** Default weight 1–5 for scored criteria. */
  weight: z.number().int().min(1).max(5).optional(),
  /** What a score of 1, 3 and 5 looks like. */
  levels: z.object({ 1: level, 3: level, 5: level }).optional(),
  /** Section of the scorecard. */
  group: z.enum(['credentials', 'track-record', 'plan', 'team', 'transparency', 'commercial']),
});

/** Conditions under which a clause belongs in the contract. */
export const clauseConditions = [
  'always',
  'full-custody',
  'half-custody',
  'single-service',
  'fee-commission',
  'fee-fixed',
  'fee-base-commission',
  'fee-tiered',
  'guarantee',
  'tmall-global',
  'special-category',
  'foreign-brand',
] as const;

/** A clause to find in the draft contract. */
export const clauseCheck = checkBase.extend({
  kind: z.literal('clause'),
  /** Contract section the clause belongs to (the checklist prints them in this order). */
  topic: z.enum(TOPICS),
  /** Belongs in every contract of its condition. */
  required: z.boolean(),
  /** When the clause applies. */
  appliesWhen: z.enum(clauseConditions),
  /** Clause wording with `{placeholders}` the contract tool fills in. */
  text: bilingual,
});

/** A warning sign heard or seen during talks. */
export const redFlagCheck = checkBase.extend({
  kind: z.literal('redflag'),
  /** 1 caution, 2 serious, 3 walk away. */
  severity: z.number().int().min(1).max(3),
  /** What the merchant hears or sees. */
  signs: bilingual,
});

export const checkSchema = z.discriminatedUnion('kind', [vettingCheck, clauseCheck, redFlagCheck]);

const checksDir = new URL('../content/checks/', import.meta.url);

/**
 * Every `content/checks/*.yaml` file is an array of entries; `glob()` would make one entry per
 * file, and `file()` takes a single file, so this loader flattens all files into one collection.
 */
const checks = defineCollection({
  loader: {
    name: 'checks-loader',
    load: async (context) => {
      const { store } = context;
      store.clear();
      const files = (await readdir(checksDir)).filter((name) => name.endsWith('.yaml')).sort();
      for (const name of files) {
        const entries: unknown = parseYaml(await readFile(new URL(name, checksDir), 'utf8'));
        if (!Array.isArray(entries)) throw new Error(`content/checks/${name}: expected a list of entries`);
        for (const raw of entries as Record<string, unknown>[]) {
          const entryId = String(raw.id);
          if (store.has(entryId)) throw new Error(`content/checks/${name}: duplicate id "${entryId}"`);
          const data = await context.parseData({ id: entryId, data: raw, filePath: `content/checks/${name}` });
          store.set({ id: entryId, data, filePath: `content/checks/${name}` });
        }
      }
    },
  },
  schema: checkSchema,
});

const docs = defineCollection({
  loader: glob({ base: './content/docs', pattern: '**/*.{md,mdx}' }),
  schema: docsSchema(),
});

/**
 * Starlight interface strings we override, per language (`content/i18n/<lang>.json`). Starlight keys an
 * entry by its file path minus `src/content/i18n/`, or by its id when it has no file path; our files live
 * in `content/i18n/`, so the entries are stored by id alone (`zh-CN`, `en`), or Starlight would ignore them.
 */
const i18nDir = new URL('../content/i18n/', import.meta.url);
const i18n = defineCollection({
  loader: {
    name: 'i18n-json',
    load: async (context) => {
      const { store } = context;
      store.clear();
      for (const name of await readdir(i18nDir)) {
        if (!name.endsWith('.json')) continue;
        const id = name.replace(/\.json$/, '');
        const raw = JSON.parse(await readFile(new URL(name, i18nDir), 'utf8')) as Record<string, unknown>;
        store.set({ id, data: await context.parseData({ id, data: raw }) });
      }
    },
  },
  schema: i18nSchema(),
});

export const collections = { docs, i18n, modules, glossary, facts, checks };
