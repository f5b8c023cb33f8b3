/**
 * Tool pages that exist, as locale-neutral slugs. Guides link to a tool only once it is listed
 * here, so no link ever points at a page that has not been built.
 */
export const availableTools: ReadonlySet<string> = new Set<string>([
  'tools/scope',
  'tools/fees',
  'tools/target',
  'tools/vetting',
  'tools/case',
  'tools/contract',
  'tools/contract-scan',
  'tools/review',
  'tools/exit',
]);
