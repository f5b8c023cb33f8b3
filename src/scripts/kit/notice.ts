/** A tool's notice area and save status (rendered by `StoreControls.astro`), written as text only. */
import type { KitStrings } from '../../lib/kit/kit-strings';
import type { Translate } from '../../lib/kit/strings';
import { make } from './dom';

export type Tone = 'info' | 'error';

/** A button offered with a notice ("Undo clear", "Load the other tab's version"). */
export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface Notices {
  /** Shows `message` (an error is announced at once), with buttons for `actions`. */
  notify: (message: string, tone?: Tone, actions?: readonly NoticeAction[]) => void;
  /** Hides an error notice once the problem is gone. */
  clearError: () => void;
  /** "✓ Saved in this browser" or "Not saved". */
  setSaved: (saved: boolean) => void;
}

/** Shows `content` in a notice box (`.store-notice`) in its tone; an error is announced at once. */
export function showNotice(notice: HTMLElement, content: readonly Node[], tone: Tone = 'info'): void {
  notice.dataset['tone'] = tone;
  notice.setAttribute('role', tone === 'error' ? 'alert' : 'status');
  notice.replaceChildren(...content);
  notice.hidden = false;
}

export function notices(controls: HTMLElement, t: Translate<KitStrings>): Notices {
  const notice = controls.querySelector<HTMLElement>('[data-store-notice]');
  const status = controls.querySelector<HTMLElement>('[data-store-status]');
  return {
    notify(message, tone = 'info', actions = []) {
      if (!notice) return;
      const buttons = actions.map(({ label, run }) => {
        const button = make('button', label, { type: 'button' });
        button.addEventListener('click', run);
        return button;
      });
      showNotice(notice, [make('p', message), ...buttons], tone);
    },
    clearError() {
      if (notice?.dataset['tone'] === 'error') notice.hidden = true;
    },
    setSaved(saved) {
      if (!status) return;
      status.textContent = saved ? `✓ ${t('saved')}` : t('notSaved');
      status.dataset['saved'] = String(saved);
    },
  };
}

/** Offers `text` as a download named `name`. */
export function downloadText(name: string, text: string, type = 'application/json'): void {
  const link = make('a', '', { href: URL.createObjectURL(new Blob([text], { type })), download: name });
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(link.href);
  }, 1000);
}
