import { describe, expect, it } from 'vitest';
import { sharedGrams } from '../../scripts/lib/ngrams.mjs';

describe('scripts/lib/ngrams.mjs', () => {
  it('finds a copied Chinese clause even with different punctuation and spacing', () => {
    const source = '委托人或者受托人可以随时解除委托合同。因解除合同造成对方损失的，应当赔偿。';
    expect(sharedGrams('按规定，委托人或者受托人 可以随时解除委托合同', source)).toContain('委托人或者受托人可以');
  });

  it('finds eight English words in a row, ignoring case', () => {
    const source = 'Tmall Global charges a commission on every transaction, generally between 2% and 5%.';
    expect(sharedGrams('Note that TMALL GLOBAL charges a commission on every transaction here', source)).toEqual([
      'tmall global charges a commission on every transaction',
    ]);
  });

  it('passes text that says the same thing in other words', () => {
    const source = '委托人或者受托人可以随时解除委托合同。Tmall Global charges a commission on every transaction.';
    expect(sharedGrams('双方都能随时结束委托关系。Tmall Global takes a cut of each sale by category.', source)).toEqual(
      [],
    );
  });
});
