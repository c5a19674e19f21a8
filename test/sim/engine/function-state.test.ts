import { describe, expect, it } from 'vitest';
import { FunctionState } from '~/sim/engine/function-state.ts';
import { createStreams } from '~/sim/random/rng.ts';
import { validateScenario } from '~/sim/validation/validate-scenario.ts';

describe('FunctionState', () => {
  it('starts every time, integral, token count and bill at 0 (they hold a fraction only while created)', () => {
    const scenario = validateScenario({
      functions: [
        {
          name: 'f',
          arrivals: { kind: 'poisson', ratePerSecond: 1 },
          durationMs: { kind: 'fixed', valueMs: 1 },
        },
      ],
    });
    const fs = new FunctionState(
      scenario.functions[0] as (typeof scenario.functions)[number],
      createStreams(1, 5),
    );
    const fields = [
      fs.tokens,
      fs.tokensAt,
      fs.rateTokens,
      fs.rateAt,
      fs.provSince,
      fs.lastT,
      fs.concInt,
      fs.initInt,
      fs.busyInt,
      fs.idleInt,
      fs.provInt,
      fs.maxEventAge,
      fs.bucketEventAge,
      fs.billedMs,
      fs.provBilledMs,
      fs.provRoundMs,
    ];
    expect(fields).toEqual(fields.map(() => 0));
  });
});
