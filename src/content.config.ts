import { defineCollection } from 'astro:content';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { file, glob, type Loader } from 'astro/loaders';
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
  /** Stable id: `v-` vetting, `c-` clause, `rf-` red flag, `h-` handover. Saved in user data: never rename. */
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

/**
 * A regular expression of the contract scanner (JavaScript syntax, matched case-insensitively against
 * one sentence after normalising: NFKC, lower case, Chinese numerals before a unit as digits). The
 * macros `{agency}` and `{merchant}` stand for the ways a draft names each party (src/lib/contract-scan/rules.ts).
 */
const scanPattern = z.string().refine((source) => {
  try {
    new RegExp(source.replaceAll(/\{(?:agency|merchant)\}/g, 'x'), 'iu');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

/** Patterns per contract language. */
const scanPatterns = z.object({ zh: z.array(scanPattern).min(1), en: z.array(scanPattern).min(1) });

/**
 * How the contract scanner (/tools/contract-scan/) finds this check in an agency's draft: as a trap in
 * its wording, as a clause the draft already has, or as a must-have clause it lacks.
 */
const scanRules = z.object({
  /** Wording that is a finding wherever a sentence matches (and no `unless` pattern does). */
  trap: z
    .object({
      /** 1 caution, 2 serious, 3 walk away. */
      severity: z.number().int().min(1).max(3),
      /** The risk of the sentence, in plain words. */
      risk: bilingual,
      patterns: scanPatterns,
      /** Patterns that clear a matching sentence (a ban, a cap, an exception). */
      unless: z.object({ zh: z.array(scanPattern), en: z.array(scanPattern) }).optional(),
      /** The clause whose text is the replacement wording (checked by scripts/check-references.mjs). */
      fix: id.optional(),
      /** Replacement wording written for this trap, when no clause's text fits. */
      replace: bilingual.optional(),
    })
    .refine((trap) => (trap.fix === undefined) !== (trap.replace === undefined), 'a trap needs fix or replace')
    .optional(),
  /** Wording that shows the draft has this clause (clauses only; a sentence that is a trap of it does not count). */
  covers: scanPatterns.optional(),
  /** Its absence is a finding of its own: the draft lacks a clause every contract needs. */
  mustHave: z.boolean().optional(),
  /** Only a must-have when the draft mentions this (a deposit paid to the agency, say). */
  mustHaveWhen: scanPatterns.optional(),
});

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
  'cs-peak-only',
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
  /**
   * The service module (content/modules.yaml id) the clause is about: left out of a contract in which
   * the merchant keeps every service of that module, and named in the checklist's note of what was left out.
   */
  module: z.string().optional(),
  /** Clause wording with `{placeholders}` the contract tool fills in. */
  text: bilingual,
  /** How the contract scanner finds it. */
  scan: scanRules.optional(),
});

/** A warning sign heard or seen during talks. */
export const redFlagCheck = checkBase.extend({
  kind: z.literal('redflag'),
  /** 1 caution, 2 serious, 3 walk away. */
  severity: z.number().int().min(1).max(3),
  /** What the merchant hears or sees. */
  signs: bilingual,
  /** How the contract scanner finds it in a draft (a trap only). */
  scan: scanRules.optional(),
});

/** Who does a handover item (the exit planner lets the merchant change it). */
export const handoverOwners = ['merchant', 'agency', 'both', 'new-agency'] as const;

/** An item of the handover plan, from notice to after the handover day. */
export const handoverCheck = checkBase.extend({
  kind: z.literal('handover'),
  /** Who does it unless the merchant changes it. */
  owner: z.enum(handoverOwners),
  /** The day the due date counts from: the day notice is given, or the handover day. */
  from: z.enum(['notice', 'handover']),
  /** Working days from that day (adjusted workdays count): negative before it, 0 on it. */
  workdays: z.number().int().min(-60).max(60),
  /** The fact (content/facts.yaml id) with the law the item rests on, when there is one. */
  fact: z.string().optional(),
});

export const checkSchema = z.discriminatedUnion('kind', [vettingCheck, clauseCheck, redFlagCheck, handoverCheck]);

interface FolderEntry {
  id: string;
  data: Record<string, unknown>;
  /** Given, errors name the file; Starlight also keys i18n entries by it, so i18n entries have none. */
  filePath?: string;
}

/**
 * A loader for every `*.<ext>` file in a folder of `content/`: `entries` turns one file's text into its
 * entries. Ids must be unique across the folder. In `astro dev` the folder is watched, and any change to
 * one of its files reloads the collection.
 */
function folderLoader(
  name: string,
  folder: string,
  ext: string,
  entries: (file: string, text: string) => FolderEntry[],
): Loader {
  const dir = new URL(`../content/${folder}/`, import.meta.url);
  return {
    name,
    load: async (context) => {
      const { store, watcher } = context;
      const load = async () => {
        store.clear();
        const files = (await readdir(dir)).filter((file) => file.endsWith(`.${ext}`)).sort();
        for (const file of files) {
          for (const entry of entries(file, await readFile(new URL(file, dir), 'utf8'))) {
            if (store.has(entry.id)) throw new Error(`content/${folder}/${file}: duplicate id "${entry.id}"`);
            store.set({ ...entry, data: await context.parseData(entry) });
          }
        }
      };
      await load();
      const dirPath = fileURLToPath(dir);
      watcher?.add(dirPath);
      for (const event of ['add', 'change', 'unlink'] as const)
        watcher?.on(event, (changed: string) => {
          if (changed.startsWith(dirPath) && changed.endsWith(`.${ext}`))
            load().catch((error: unknown) => {
              context.logger.error(String(error));
            });
        });
    },
  };
}

/**
 * Every `content/checks/*.yaml` file is an array of entries; `glob()` would make one entry per
 * file, and `file()` takes a single file, so this loader flattens all files into one collection.
 */
const checks = defineCollection({
  loader: folderLoader('checks-loader', 'checks', 'yaml', (file, text) => {
    const list: unknown = parseYaml(text);
    if (!Array.isArray(list)) throw new Error(`content/checks/${file}: expected a list of entries`);
    return (list as Record<string, unknown>[]).map((data) => ({
      id: String(data.id),
      data,
      filePath: `content/checks/${file}`,
    }));
  }),
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
const i18n = defineCollection({
  loader: folderLoader('i18n-json', 'i18n', 'json', (file, text) => [
    { id: file.replace(/\.json$/, ''), data: JSON.parse(text) as Record<string, unknown> },
  ]),
  schema: i18nSchema(),
});

export const collections = { docs, i18n, modules, glossary, facts, checks };
