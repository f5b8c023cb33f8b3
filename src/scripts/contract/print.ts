/**
 * Printing the checklist: the print button, and the running header and footer that CSS @page boxes
 * read from custom properties on :root (checklist.css).
 */

/** A CSS string for a custom property; the value cannot end the string or the declaration. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r]/g, ' ')}"`;
}

export function writePrintHeader(header: { left: string; right: string; foot: string }): void {
  const root = document.documentElement.style;
  root.setProperty('--contract-head-left', cssString(header.left));
  root.setProperty('--contract-head-right', cssString(header.right));
  root.setProperty('--contract-foot-left', cssString(header.foot));
}

export interface PrintWiring {
  /** The form whose first field in error gets the focus when printing is refused. */
  form: HTMLElement;
  /** The running header and footer for the answers as they are now. */
  header: () => { left: string; right: string; foot: string };
  /** Saves, then says why the checklist cannot be printed yet (`null`: it can). */
  problem: () => string | null;
}

/** Wires the print button and keeps the running header current. */
export function wirePrint(root: HTMLElement, { form, header, problem }: PrintWiring): void {
  // Set just before printing (the browser's print command and the print button both fire
  // `beforeprint`), because changing a custom property on :root makes the browser restyle the page.
  window.addEventListener('beforeprint', () => {
    writePrintHeader(header());
  });
  const line = root.querySelector<HTMLElement>('[data-print-problem]');
  root.querySelector('[data-print]')?.addEventListener('click', () => {
    const message = problem();
    if (line) {
      line.hidden = message === null;
      line.textContent = message ?? '';
    }
    if (message === null) window.print();
    else form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
}
