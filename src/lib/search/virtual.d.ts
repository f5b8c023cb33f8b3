/** The glossary's names (nameGroups in ./aliases.ts), made at build time from content/glossary.yaml. */
declare module 'virtual:search-names' {
  const groups: import('./aliases').NameGroup[];
  export default groups;
}
