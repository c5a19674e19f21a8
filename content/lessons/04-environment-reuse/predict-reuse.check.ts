import { defineChecks } from '@lab/sim';
import type { Answer } from './predict-reuse.solution';

export default defineChecks<Answer>([
  {
    name: 'The simulation runs the four waves (55 requests)',
    hint: 'Leave the scenario as it was in the starter: the predictions are about that traffic.',
    test: (a) => a.result.total.requests === 55,
  },
  {
    name: 'Your environment count matches the simulator',
    hint: 'Go wave by wave. A wave first reuses every environment still alive (used less than 420 s ago); only the requests left over get new ones. Then check which environments were reclaimed before the next wave.',
    test: (a) => a.environments === a.result.total.environments.created,
  },
  {
    name: 'Your cold-start count matches the simulator',
    hint: 'A cold start happens exactly when a request gets a brand-new environment, so the two numbers are tied. Reused environments give warm starts.',
    test: (a) => a.coldStarts === a.result.total.coldStarts,
  },
]);
