/** The glossary's names, grouped by meaning (nameGroups in ./aliases.ts), made at build time from content/glossary.yaml. */
declare module 'virtual:search-names' {
  const groups: string[][];
  export default groups;
}
