/**
 * The one way a tool's element starts: `defineTool('scope-chooser', (tool) => { … })`.
 *
 * The element is the server-rendered HTML of the tool's Astro view. `setup` runs once, when the
 * element is first connected, with what every tool needs: the page's language, the data and the
 * dictionary the view handed over (`data-page-data`, `data-strings`: the page's language only),
 * element look-ups that fail loudly, the kit's field messages, and persistence through the shared
 * store. Everything else a tool does is in its pure model (src/lib/<tool>/) and its wiring.
 */
import type { FieldError } from '../../lib/fields';
import { localeOfPath, type Locale } from '../../lib/i18n';
import { describeFieldError, type KitStrings } from '../../lib/kit/kit-strings';
import { translator, type Dictionary, type Translate } from '../../lib/kit/strings';
import type { ToolStateDefinition } from '../../lib/state/envelope';
import { ToolStore } from '../../lib/state/store';
import { showFieldErrors } from './form';
import { attachPersistence, type Persistence } from './persistence';

export interface ToolContext<Data, Strings extends Dictionary> {
  root: HTMLElement;
  locale: Locale;
  /** What the view put in `data-page-data` (JSON). */
  data: Data;
  /** The tool's dictionary in the page's language (`data-strings`). */
  t: Translate<Strings>;
  /** The kit's dictionary: store notices and field messages. */
  kit: Translate<KitStrings>;
  /** The message for a field's error, in the page's language. */
  fieldMessage: (error: FieldError) => string;
  /** Shows each field's error at its field in `form` (and in its error summary), and clears the rest. */
  showErrors: (form: HTMLElement, errors: Readonly<Record<string, FieldError>>) => void;
  /** The one element matching `selector` inside the tool; a missing one is a bug in the view, so it throws. */
  // The element type is the caller's, as with querySelector<E>.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  one: <E extends Element = HTMLElement>(selector: string) => E;
  /** Every element matching `selector` inside the tool. */
  all: <E extends Element = HTMLElement>(selector: string) => E[];
  /** Restores, saves, exports and imports the tool's state through the shared store (see persistence.ts). */
  persist: <State>(options: {
    definition: ToolStateDefinition<State>;
    read: () => State | null;
    apply: (state: State) => void;
  }) => Persistence;
}

/** JSON from a `data-*` attribute (an attribute, so Astro escapes it and no text in it can end an element). */
function json(element: HTMLElement | null, name: string): unknown {
  return JSON.parse(element?.getAttribute(name) ?? 'null');
}

/** The kit's context for a tool element (what `defineTool` hands to `setup`). */
export function toolContext<Data, Strings extends Dictionary>(root: HTMLElement): ToolContext<Data, Strings> {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  const one = <E extends Element = HTMLElement>(selector: string): E => {
    const found = root.querySelector<E>(selector);
    if (!found) throw new Error(`${root.localName}: no ${selector} in the page`);
    return found;
  };
  const controls = root.querySelector<HTMLElement>('[data-store-controls]');
  const kit = translator((json(controls, 'data-strings') ?? {}) as KitStrings);
  return {
    root,
    locale: localeOfPath(location.pathname),
    data: json(root, 'data-page-data') as Data,
    t: translator((json(root, 'data-strings') ?? {}) as Strings),
    kit,
    fieldMessage: (error) => describeFieldError(error, kit),
    showErrors: (form, errors) => {
      const messages = Object.entries(errors).map(([name, error]) => [name, describeFieldError(error, kit)] as const);
      showFieldErrors(form, Object.fromEntries(messages), kit);
    },
    one,
    all: <E extends Element = HTMLElement>(selector: string) => [...root.querySelectorAll<E>(selector)],
    persist: ({ definition, read, apply }) =>
      attachPersistence({
        store: new ToolStore(definition),
        controls: one('[data-store-controls]'),
        t: kit,
        read,
        apply,
      }),
  };
}

/**
 * Defines the tool's custom element, in a task of its own right after the one that runs the page's
 * module scripts: Chrome's autofill goes over the form at `DOMContentLoaded` in that task, and with
 * the tool's set-up apart each task is shorter (docs/decisions/2026-11-29-define-soon.md).
 */
export function defineTool<Data = unknown, Strings extends Dictionary = Dictionary>(
  name: string,
  setup: (tool: ToolContext<Data, Strings>) => void,
): void {
  class ToolElement extends HTMLElement {
    #started = false;
    connectedCallback() {
      if (this.#started) return;
      this.#started = true;
      setup(toolContext<Data, Strings>(this));
    }
  }
  setTimeout(() => {
    customElements.define(name, ToolElement);
  }, 0);
}
