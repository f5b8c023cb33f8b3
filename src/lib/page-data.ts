/** JSON a component puts in a `<script type="application/json">` for its script: `<` is escaped so no text can end the tag. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
