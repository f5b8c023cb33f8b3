/**
 * Opening the page with a link (loaded only then): the link's reader, and the prompt shown when the
 * link's figures differ from saved ones (nothing is saved until the merchant answers).
 */
import type { FeeStrings } from '../../lib/fees/strings';
import type { Persistence } from '../kit/persistence';
import type { ToolContext } from '../kit/tool';

export { linkChoice, linkHasModule, rawFromLink } from '../../lib/fees/url';

/** The prompt's two answers: use the link's figures (and save them), or go back to the saved ones. */
export function wirePrompt(
  tool: ToolContext<unknown, FeeStrings>,
  persistence: Persistence,
  resumed: () => void,
  keepSaved: () => void,
) {
  const prompt = tool.one('[data-link-prompt]');
  function resume(message: string) {
    resumed();
    prompt.hidden = true;
    tool.one('#fee-sales-heading').focus();
    persistence.notify(message);
  }

  tool.one('[data-use-link]').addEventListener('click', () => {
    resume(tool.t('linkUsed'));
    persistence.changed();
    persistence.flush();
  });
  tool.one('[data-keep-saved]').addEventListener('click', () => {
    keepSaved();
    history.replaceState(null, '', location.pathname);
    resume(tool.t('savedRestored'));
  });
}
