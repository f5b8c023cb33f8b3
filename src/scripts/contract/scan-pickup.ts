/**
 * The panel's row for the contract scanner's kept result: how many of the checklist's clauses the
 * draft has, and a button that ticks them (each tick goes through the checklist's own `change`
 * handler, so it is saved like a tick by hand). Loaded with the panel, only when something is saved.
 */
import type { ScanPickup } from '../../lib/contract/from-scan';
import { fill } from '../../lib/kit/strings';
import { setHidden } from '../kit/form';

/** The checklist's tick boxes for the clauses the draft has. */
function boxes(root: HTMLElement, scan: ScanPickup): HTMLInputElement[] {
  return scan.covered.flatMap((id) => [
    ...root.querySelectorAll<HTMLInputElement>(`input[data-tick="${CSS.escape(id)}"]`),
  ]);
}

export function showScan(root: HTMLElement, scan: ScanPickup | null | undefined): void {
  const row = root.querySelector<HTMLElement>('[data-source-scan]');
  const line = root.querySelector<HTMLElement>('[data-scan-line]');
  const button = root.querySelector<HTMLButtonElement>('[data-use-scan]');
  const done = root.querySelector<HTMLElement>('[data-scan-done]');
  const found = scan ? boxes(root, scan) : [];
  if (!row || !line || !button || !done) return;
  setHidden(row, found.length === 0);
  if (!scan || found.length === 0) return;
  line.textContent = fill(line.dataset['template'] ?? '', { date: scan.date, n: found.length });
  button.addEventListener('click', () => {
    for (const box of found) {
      if (box.checked) continue;
      box.checked = true;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    }
    done.textContent = fill(done.dataset['template'] ?? '', { n: found.length });
  });
}
