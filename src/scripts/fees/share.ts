/** The share bar: copy the link (or show it to copy by hand), download the plan as CSV, print. */
import type { FeeState } from '../../lib/fees/state';
import type { FeeTranslate } from '../../lib/fees/strings';
import { queryFromState } from '../../lib/fees/url';
import { make } from '../kit/dom';

export interface ShareOptions {
  root: HTMLElement;
  t: FeeTranslate;
  /** The valid state on screen, or null while an input is refused. */
  state: FeeState | null;
  /** Saves now (before the print dialog blocks the page). */
  flush: () => void;
  downloadCsv: (state: FeeState) => void;
}

/** A share button was pressed (loaded with the results code, which the pointer or focus already asked for). */
export function shareClick(button: Element, { root, t, state, flush, downloadCsv }: ShareOptions) {
  const status = root.querySelector('[data-share-status]') as HTMLElement;

  /** The link as text to copy by hand; made the first time copying fails (see ShareBar.astro). */
  function linkBox(): HTMLInputElement {
    let box = root.querySelector<HTMLInputElement>('[data-share-link]');
    if (!box) {
      box = make('input', undefined, {
        class: 'fee-share-link',
        'data-share-link': '',
        type: 'text',
        readonly: '',
        'aria-label': status.closest<HTMLElement>('[data-link-label]')?.dataset['linkLabel'] ?? '',
      });
      status.after(box);
    }
    return box;
  }

  function copy(state: FeeState) {
    const url = `${location.origin}${location.pathname}?${queryFromState(state)}`;
    // Absent outside secure contexts, whatever the DOM types say.
    const clipboard = navigator.clipboard as Clipboard | undefined;
    (clipboard?.writeText(url) ?? Promise.reject(new Error('no clipboard'))).then(
      () => (status.textContent = t('copied')),
      () => {
        status.textContent = t('copyFailed');
        const box = linkBox();
        box.value = url;
        box.hidden = false;
        box.select();
      },
    );
  }

  const shown = root.querySelector<HTMLInputElement>('[data-share-link]');
  if (shown) shown.hidden = true;
  status.textContent = '';
  if (button.matches('[data-print]')) {
    flush();
    window.print();
  } else if (!state) status.textContent = t('fixFirst');
  else if (button.matches('[data-download-csv]')) downloadCsv(state);
  else copy(state);
}
