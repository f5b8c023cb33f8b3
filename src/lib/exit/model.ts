/** The exit planner's vocabulary: who does an item, and when it is due. */

/** Who does a handover item (content/checks/exit.yaml `owner`). */
export const OWNERS = ['merchant', 'agency', 'both', 'new-agency'] as const;
export type Owner = (typeof OWNERS)[number];

/** A handover item as the planner needs it (the words stay in the page's HTML). */
export interface HandoverItem {
  id: string;
  owner: Owner;
  /** The day the due date counts from. */
  from: 'notice' | 'handover';
  /** Working days from that day: negative before it. */
  workdays: number;
}

/** Longest notice period accepted, in days: a year (beyond that it is a typing slip). */
export const MAX_NOTICE_DAYS = 365;
