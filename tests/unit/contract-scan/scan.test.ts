import { describe, expect, it } from 'vitest';
import { chineseNumber, normalise } from '../../../src/lib/contract-scan/normalise';
import { conflicts, figuresIn } from '../../../src/lib/contract-scan/numbers';
import { clauseWording } from '../../../src/lib/contract-scan/rules';
import { scanDraft } from '../../../src/lib/contract-scan/scan';
import { splitDraft } from '../../../src/lib/contract-scan/split';
import { loadRules } from './corpus';

const rules = loadRules();
const at = { clause: null, paragraph: 1 };

describe('normalise', () => {
  it('treats full-width and half-width forms alike', () => {
    expect(normalise('提前９０日书面通知；佣金８％')).toBe(normalise('提前90日书面通知;佣金8%'));
  });
  it('writes Chinese numerals before a unit as digits', () => {
    expect(normalise('提前九十日')).toBe('提前90日');
    expect(normalise('期限为十二个月')).toBe('期限为12个月');
    expect(normalise('百分之八')).toBe('8%');
    expect(normalise('一次性支付')).toBe('一次性支付');
  });
  it('reads "ninety (90) days" as 90 days', () => {
    expect(normalise('at least Ninety (90) days')).toBe('at least 90 days');
  });
  it('reads Chinese numbers', () => {
    expect(chineseNumber('十')).toBe(10);
    expect(chineseNumber('二十四')).toBe(24);
    expect(chineseNumber('一百二十')).toBe(120);
    expect(chineseNumber('三五')).toBeNull();
  });
});

describe('splitDraft', () => {
  it('locates sentences by the clause number in force', () => {
    const paragraphs = splitDraft(
      '第五条 合同期限\n5.1 本合同期限一年。期满自动续约。\n（二）其他事项。\nArticle 7 Term\nThe term is one year. It renews.',
    );
    const where = paragraphs.flatMap((p) => p.sentences.map((s) => [s.text, s.location.clause]));
    expect(where).toContainEqual(['期满自动续约。', '5.1']);
    expect(where).toContainEqual(['（二）其他事项。', '5.1（二）'.replace('5.1', '第五条')]);
    expect(where).toContainEqual(['It renews.', 'Article 7']);
  });
  it('counts paragraphs where no number is given', () => {
    const [, second] = splitDraft('甲方：某公司\n\n保证金不予退还。');
    expect(second?.location).toEqual({ clause: null, paragraph: 2 });
  });
});

describe('scanDraft', () => {
  it('quotes the original sentence, full-width as written', () => {
    const text = '第三条　费用\n３．２　甲方向乙方支付押金人民币５，０００元，合同终止后该押金不予退还。';
    const result = scanDraft(text, rules);
    const finding = result.findings.find((f) => f.id === 'c-agency-deposit');
    expect(finding?.quote).toBe('３．２　甲方向乙方支付押金人民币５，０００元，合同终止后该押金不予退还。');
    expect(finding?.location.clause).toBe('3.2');
  });
  it('does not flag a clean clause that uses the same words', () => {
    const result = scanDraft('本合同期满不自动续约。乙方不得组织刷单。合同终止后十日内押金无息退还甲方。', rules);
    expect(result.findings).toEqual([]);
  });
  it('reports a must-have clause missing, and not once the draft has it', () => {
    const without = scanDraft('本合同期限为12个月。', rules);
    expect(without.missing).toContain('c-handover');
    const withIt = scanDraft('本合同期限为12个月。\n合同终止后七日内，乙方应向甲方移交全部子账号和店铺数据。', rules);
    expect(withIt.missing).not.toContain('c-handover');
    expect(withIt.covered).toContain('c-handover');
  });
  it('asks for deposit refund terms only when a deposit is paid to the agency', () => {
    expect(scanDraft('店铺保证金由甲方直接向平台缴纳。', rules).missing).not.toContain('c-agency-deposit');
    expect(scanDraft('甲方向乙方支付押金10000元。', rules).missing).toContain('c-agency-deposit');
  });
  it('reads the parties the other way round when the agency is 甲方', () => {
    const text = '甲方（服务方）：某代运营公司\n乙方（委托方）：某品牌公司\n乙方不得以任何理由单方解除本合同。';
    expect(scanDraft(text, rules).findings.map((f) => f.id)).toContain('c-termination-notice');
  });
  it('scans English drafts', () => {
    const result = scanDraft('2.2 This Agreement shall renew automatically for successive one-year terms.', rules);
    expect(result.findings.map((f) => f.id)).toEqual(['rf-auto-renewal']);
    expect(result.lang).toBe('en');
  });
});

describe('figures', () => {
  it('finds rates, fees, deposits, terms and notice periods', () => {
    const figures = [
      ...figuresIn(normalise('基础服务费每月人民币2万元，提成为销售额的8%。'), '', at),
      ...figuresIn(normalise('甲方支付押金人民币15,000元。'), '', at),
      ...figuresIn(normalise('本合同期限为两年。任何一方可提前三十日书面通知解除。'), '', at),
      ...figuresIn(normalise('a monthly service fee of RMB 25,000 and a commission of 7%'), '', at),
    ].map((f) => [f.kind, f.value]);
    expect(figures).toEqual([
      ['rate', 8],
      ['fee', 2_000_000],
      ['deposit', 1_500_000],
      ['term', 24],
      ['notice', 30],
      ['rate', 7],
      ['fee', 2_500_000],
    ]);
  });
  it('finds a rate written before the word for commission, once', () => {
    const found = figuresIn(normalise('另按店铺当月销售额的 8% 支付销售提成。'), '', at);
    expect(found.map((f) => [f.kind, f.value])).toEqual([['rate', 8]]);
    expect(figuresIn(normalise('提成为销售额的8%提成'), '', at)).toHaveLength(1);
  });
  it('does not take the platform deposit for the agency deposit', () => {
    expect(figuresIn(normalise('店铺保证金5万元由甲方缴纳。'), '', at)).toEqual([]);
  });
  it('calls a figure a contradiction only when no reference of its kind matches', () => {
    const [rate] = figuresIn(normalise('提成为8%'), '', at);
    if (!rate) throw new Error('no rate');
    const ref = (value: number) => ({ kind: 'rate' as const, value, unit: 'pct' as const, source: 'fees', label: '' });
    expect(conflicts(rate, [ref(6)])).toHaveLength(1);
    expect(conflicts(rate, [ref(8)])).toEqual([]);
    expect(conflicts(rate, [])).toEqual([]);
  });
});

describe('clauseWording', () => {
  it('names the parties and leaves figures blank', () => {
    expect(
      clauseWording({
        zh: '{agencyName}提前{noticeDays}天通知{merchantName}。',
        en: '{agencyName} gives {noticeDays} days to {merchantName}.',
      }),
    ).toEqual({
      zh: '乙方提前____天通知甲方。',
      en: 'The Agency gives ____ days to the Merchant.',
    });
  });
});
