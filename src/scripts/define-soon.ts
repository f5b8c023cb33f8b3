/**
 * Defines a tool's custom element in a task of its own, right after the one that runs the page's
 * module scripts.
 *
 * Chrome's autofill goes over the page's form fields at `DOMContentLoaded`, in the same task as the
 * module scripts. With the tool's set-up in it too, that task was the longest of the page load; apart,
 * each is shorter. Figures: docs/decisions/2026-11-29-define-soon.md.
 */
export function defineSoon(name: string, element: CustomElementConstructor): void {
  setTimeout(() => {
    customElements.define(name, element);
  }, 0);
}
