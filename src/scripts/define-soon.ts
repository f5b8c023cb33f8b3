/**
 * Defines a tool's custom element in a task of its own, right after the one that runs the page's
 * module scripts.
 *
 * Chrome's autofill goes over the page's form fields at `DOMContentLoaded`, in the same task as the
 * module scripts. With the tool's set-up in it too, that task was the longest of the page load. Apart,
 * each is shorter. `npm run bench:cpu`'s measure (5 alternating cold loads, CPU blocking time):
 * fee calculator 181 → 146 ms, scope chooser 184 → 159, vetting scorecard 98 → 10, contract
 * checklist 270 → 225.
 */
export function defineSoon(name: string, element: CustomElementConstructor): void {
  setTimeout(() => {
    if (!customElements.get(name)) customElements.define(name, element);
  }, 0);
}
