/**
 * The printout's running header and footer: CSS @page boxes read them from custom properties on
 * :root (checklist.css).
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
