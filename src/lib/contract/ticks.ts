/** A clause ticked or not: state in, new state out (the element never edits a state). */
import type { ContractState } from './state';

/** The state with clause `id` ticked or not (the state keeps ticked boxes only). */
export function withTick(state: ContractState, id: string, ticked: boolean): ContractState {
  const ticks = Object.fromEntries(Object.entries(state.ticks).filter(([key]) => key !== id));
  if (ticked) ticks[id] = true;
  return { ...state, ticks };
}
