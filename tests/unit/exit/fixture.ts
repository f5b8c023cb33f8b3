import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { HandoverItem } from '../../../src/lib/exit/model';

/** The handover items of content/checks/exit.yaml, as the page hands them to the planner. */
export const items: HandoverItem[] = (
  parse(readFileSync(new URL('../../../content/checks/exit.yaml', import.meta.url), 'utf8')) as HandoverItem[]
).map(({ id, owner, from, workdays }) => ({ id, owner, from, workdays }));
