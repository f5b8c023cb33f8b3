/** Which tool renders each kind of check, as a locale-neutral slug. */
export const toolForKind = {
  vetting: 'tools/vetting',
  redflag: 'tools/vetting',
  clause: 'tools/contract',
  handover: 'tools/exit',
} as const;

export type CheckKind = keyof typeof toolForKind;

/** Display order of the kinds on a guide page. */
export const checkKinds: readonly CheckKind[] = ['vetting', 'redflag', 'clause', 'handover'];

/** The anchor a check gets on its guide page. */
export function checkAnchor(id: string): string {
  return `check-${id}`;
}
