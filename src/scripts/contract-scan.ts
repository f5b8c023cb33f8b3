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
  type ContractScanState,
  type ScanSummary,
} from '../lib/contract-scan/state';
import type { ContractScanStrings } from '../lib/contract-scan/strings';
import { draftProblem, figureRows, keptResult, offerFindings, summaryOf } from '../lib/contract-scan/view';
import { drawResult, drawSaved, resultParts } from './contract-scan/draw';
import { openDraftFile } from './contract-scan/read-file';
import { setHidden } from './kit/form';
import { savedText } from './kit/saved';
import { defineTool } from './kit/tool';

interface ScanPageData {
  rules: RuleSet;
}

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
  const parts = resultParts(tool.one);
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
    if (savedText('fees') === null) return [];
    const module = await import('../lib/contract-scan/references');
    return module.savedReferences(savedText, result.figures);
  };

  const draw = (result: ScanResult, refs: readonly Reference[]) => {
    const rows = figureRows(result.figures, refs, t);
    drawResult(parts, result, rules, rows, offerFindings(rows, result.lang, t), t);
  };

  /** A kept result with its draft (`false`) or without (`true`: no sentences, figures or keeping again). */
  const showMode = (keptOnly: boolean) => {
    for (const element of [figuresPart, keepChoice, keepButton]) setHidden(element, keptOnly);
  };

  /** A result kept (or imported) without the draft's text: its findings and clauses by check id. */
  const showKept = (summary: ScanSummary) => {
    last = null;
    fresh = false;
    drawResult(parts, keptResult(summary, rules), rules, [], [], t);
    parts.summary.textContent = t('keptOnly', { date: summary.date });
    showMode(true);
    keptLine.textContent = '';
    setHidden(results, false);
  };

  const scan = (text: string, focus: boolean) => {
    const problem = draftProblem(text, t);
    if (problem !== null) {
      say(problem, true);
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
      drawSaved(savedLine, kept?.result, t);
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
    fileInput.value = '';
    void openDraftFile(file, t).then(({ text, message }) => {
      say(message, text === null);
      if (text === null) return;
      draft.value = text;
      scan(text, true);
    });
  });

  keepButton.addEventListener('click', () => {
    if (!last) return;
    const withText = keepText.checked;
    kept = { text: withText ? last.text : '', result: summaryOf(last.result, today()) };
    fresh = false;
    persistence.changed();
    persistence.flush();
    drawSaved(savedLine, kept.result, t);
    keptLine.textContent = t('kept', { withText: withText ? t('keptWithText') : '' });
  });

  tool.one('[data-print]').addEventListener('click', () => {
    window.print();
  });
});
