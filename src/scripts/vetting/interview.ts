/**
 * The interview sheet: the questions to ask an agency in a meeting, with lines to write on, printed
 * on its own. Its text is server-rendered in a <template> (src/components/vetting/InterviewSheet.astro);
 * this module, loaded on first use, puts it on the page, fills in the agency's name and the date,
 * leaves out the criteria marked not applicable, and prints it instead of the scorecard.
 */

/** The attribute on <html> that switches the print stylesheet to the sheet (src/styles/vetting.css). */
const MODE = 'data-vs-print';

export function printInterview(root: HTMLElement, agencyName: string, notApplicable: readonly string[]): void {
  const template = root.querySelector<HTMLTemplateElement>('template[data-interview-template]');
  if (template) template.replaceWith(template.content);
  const sheet = root.querySelector<HTMLElement>('[data-interview]');
  if (!sheet) return;
  const agency = sheet.querySelector('[data-interview-agency]');
  if (agency) agency.textContent = agencyName;
  const date = sheet.querySelector('[data-interview-date]');
  if (date) date.textContent = new Date().toLocaleDateString(document.documentElement.lang);
  for (const item of sheet.querySelectorAll<HTMLElement>('[data-id]'))
    item.hidden = notApplicable.includes(item.dataset['id'] ?? '');
  const html = document.documentElement;
  html.setAttribute(MODE, 'interview');
  window.addEventListener(
    'afterprint',
    () => {
      html.removeAttribute(MODE);
    },
    { once: true },
  );
  window.print();
}
