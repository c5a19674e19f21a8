import { RUNTIMES } from '@lab/sim';

/** Runtime choices for the `runtime` control: the sim's `RUNTIMES`, by identifier. */
export const RUNTIME_OPTIONS: readonly { value: string; label: string }[] = RUNTIMES.map((id) => ({
  value: id,
  label: id,
}));
