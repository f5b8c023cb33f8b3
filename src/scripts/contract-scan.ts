/**
 * `<contract-scan>`: reads the agency's draft (pasted, or a .docx / .txt opened), checks it with the
 * rules in the page data (src/lib/contract-scan), and draws what it found. Nothing is saved until the
 * merchant keeps a result; the draft's text only if they also choose to keep it.
 */
import type { Reference } from '../lib/contract-scan/numbers';
import type { CompiledRules, RuleSet } from '../lib/contract-scan/rules';
import { scanDraft, type ScanResult } from '../lib/contract-scan/scan';
import {
  contractScanDefinition,
  defaultContractScanState,
  MAX_TEXT,
  type ContractScanState,
  type ScanSummary,
} from '../lib/contract-scan/state';
import type { ContractScanStrings } from '../lib/contract-scan/strings';
import { figureRows, summaryOf } from '../lib/contract-scan/view';
import { storageKey } from '../lib/state/envelope';
import { browserStorage, safeGet } from '../lib/state/storage';
import { drawResult, type OfferFinding, type ResultParts } from './contract-scan/draw';
import { readDraftFile, sizeWords } from './contract-scan/read-file';
import { setHidden } from './kit/form';
import { defineTool } from './kit/tool';

interface ScanPageData {
  rules: RuleSet;
}

const stored = (tool: string): string | null => {
  const result = safeGet(browserStorage(), storageKey(tool));
  return result.ok ? result.value : null;
};

const today = () => new Date().toISOString().slice(0, 10);

defineTool<ScanPageData, ContractScanStrings>('contract-scan', (tool) => {
  const { t } = tool;
  const rules = tool.data.rules;
  const cache = new Map<string, CompiledRules>();
  const form = tool.one<HTMLFormElement>('[data-scan-form]');
  const draft = tool.one<HTMLTextAreaElement>('textarea[name="draft"]');
  const fileInput = tool.one<HTMLInputElement>('[data-scan-file]');
  const message = tool.one('[data-scan-message]');
  const results = tool.one('[data-scan-results]');
  const heading = tool.one('#scan-results-heading');
  const keepText = tool.one<HTMLInputElement>('[data-keep-text]');
  const keptLine = tool.one('[data-kept]');
  const savedLine = tool.one('[data-scan-saved]');
  const figuresPart = tool.one('[data-figures-part]');
  const keepChoice = tool.one('[data-keep-choice]');
  const keepButton = tool.one('[data-keep-button]');
  const parts: ResultParts = {
    summary: tool.one('[data-scan-summary]'),
    findings: tool.one('[data-findings]'),
    noFindings: tool.one('[data-no-findings]'),
    missing: tool.one('[data-missing-list]'),
    noMissing: tool.one('[data-no-missing]'),
    figures: tool.one('[data-figures]'),
    figuresTable: tool.one('[data-figures-table]'),
    noFigures: tool.one('[data-no-figures]'),
    covered: tool.one('[data-covered]'),
    noCovered: tool.one('[data-no-covered]'),
  };
  let kept: ContractScanState | null = null;
  let last: { text: string; result: ScanResult } | null = null;
  /** The result on the page is a new scan, not the kept one. */
  let fresh = false;

  const say = (text: string, error = false) => {
    message.textContent = text;
    if (error) message.dataset['tone'] = 'error';
    else delete message.dataset['tone'];
  };

  /** The merchant's own figures (fee calculator), loaded only when one was saved. */
  const references = async (result: ScanResult): Promise<Reference[]> => {
    if (stored('fees') === null) return [];
    const module = await import('../lib/contract-scan/references');
    return module.savedReferences(stored, result.figures);
  };

  const draw = (result: ScanResult, refs: readonly Reference[]) => {
    const rows = figureRows(result.figures, refs, t);
    const offers: OfferFinding[] = rows
      .filter((row) => row.conflict)
      .map((row) => ({
        id: `offer-${row.figure.kind}`,
        title: t('mismatchTitle', { kind: row.kind }),
        risk: t('mismatchRisk', { draft: row.draft, offer: row.offer }),
        suggest: t('mismatchSuggest'),
        finding: {
          id: `offer-${row.figure.kind}`,
          severity: 2,
          quote: row.figure.quote,
          location: row.figure.location,
          lang: result.lang,
        },
      }));
    drawResult(parts, result, rules, rows, offers, t);
  };

  /** A kept result with its draft (`false`) or without (`true`: no sentences, figures or keeping again). */
  const showMode = (keptOnly: boolean) => {
    for (const element of [figuresPart, keepChoice, keepButton]) setHidden(element, keptOnly);
  };

  /** A result kept (or imported) without the draft's text: its findings and clauses by check id. */
  const showKept = (summary: ScanSummary) => {
    last = null;
    fresh = false;
    const severity = new Map(rules.traps.map((rule) => [rule.id, rule.severity]));
    const location = { clause: null, paragraph: 0 };
    const result: ScanResult = {
      lang: summary.lang,
      paragraphs: 0,
      sentences: 0,
      findings: summary.findings
        .filter((id) => severity.has(id))
        .map((id) => ({ id, severity: severity.get(id) ?? 2, quote: '', location, lang: summary.lang }))
        .sort((a, b) => b.severity - a.severity),
      covered: summary.covered,
      missing: summary.missing,
      figures: [],
      swapped: false,
    };
    drawResult(parts, result, rules, [], [], t);
    parts.summary.textContent = t('keptOnly', { date: summary.date });
    showMode(true);
    keptLine.textContent = '';
    setHidden(results, false);
  };

  const scan = (text: string, focus: boolean) => {
    if (text.trim() === '') {
      say(t('errorEmpty'), true);
      return;
    }
    if (text.length > MAX_TEXT) {
      say(t('errorTooLong', { n: text.length, limit: MAX_TEXT }), true);
      return;
    }
    const result = scanDraft(text, rules, cache);
    last = { text, result };
    fresh = focus;
    draw(result, []);
    showMode(false);
    setHidden(results, false);
    keptLine.textContent = '';
    if (focus) heading.focus();
    void references(result).then((refs) => {
      if (refs.length > 0 && last?.result === result) draw(result, refs);
    });
  };

  const showSaved = () => {
    const summary = kept?.result;
    setHidden(savedLine, !summary);
    if (summary)
      savedLine.textContent = t('keptSaved', {
        date: summary.date,
        findings: summary.findings.length,
        missing: summary.missing.length,
        covered: summary.covered.length,
      });
  };

  const persistence = tool.persist<ContractScanState>({
    definition: contractScanDefinition,
    // Exported: a new scan on the page (its text only if "keep the text" is ticked), else the kept result.
    read: () =>
      last && (fresh || !kept)
        ? { text: keepText.checked ? last.text : '', result: summaryOf(last.result, today()) }
        : (kept ?? defaultContractScanState()),
    apply: (data) => {
      kept = data.result ? data : null;
      keepText.checked = data.text !== '';
      showSaved();
      if (data.text) {
        draft.value = data.text;
        scan(data.text, false);
      } else if (data.result) {
        showKept(data.result);
      } else {
        last = null;
        setHidden(results, true);
      }
    },
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    say('');
    scan(draft.value, true);
  });

  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    say(t('reading'));
    void readDraftFile(file)
      .catch(() => ({ ok: false as const, problem: 'errorDocx' as const }))
      .then((read) => {
        fileInput.value = '';
        if (!read.ok) {
          say(t(read.problem, { size: sizeWords.size(file.size), limit: sizeWords.limit }), true);
          return;
        }
        draft.value = read.text;
        say(t('readFile', { name: file.name, n: read.text.split('\n').filter((line) => line.trim()).length }));
        scan(read.text, true);
      });
  });

  keepButton.addEventListener('click', () => {
    if (!last) return;
    const withText = keepText.checked;
    kept = { text: withText ? last.text : '', result: summaryOf(last.result, today()) };
    fresh = false;
    persistence.changed();
    persistence.flush();
    showSaved();
    keptLine.textContent = t('kept', { withText: withText ? t('keptWithText') : '' });
  });

  tool.one('[data-print]').addEventListener('click', () => {
    window.print();
  });
});
