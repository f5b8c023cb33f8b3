/** Filling the page's sentence templates; kept apart from text.ts so the form code loads without the results' sentences. */
import type { FieldError } from './fields';
import type { FeeText } from './text';

/** Replaces `{key}` placeholders. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** The message shown at a field that refused its value. */
export function errorMessage(error: FieldError, text: FeeText): string {
  return fill(text.errors[error.code], { limit: error.limit ?? '' });
}
