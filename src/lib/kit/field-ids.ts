/** The ids of a tool's field: its control's (`<tool>-<name>`, dots as dashes) and its hint's when it has one. */
export function fieldIds(idPrefix: string, name: string, hint?: string): { id: string; hintId: string | undefined } {
  const id = `${idPrefix}-${name.replace(/\./g, '-')}`;
  return { id, hintId: hint ? `${id}-hint` : undefined };
}
