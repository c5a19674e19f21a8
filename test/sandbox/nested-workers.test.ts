import { describe, expect, it } from 'vitest';
import { containNestedWorkers } from '../../src/sandbox/nested-workers.ts';

/** A stand-in for the Worker constructor that records terminations. */
class FakeWorker {
  static terminated = 0;
  readonly url: string;
  constructor(url: string) {
    this.url = url;
  }
  terminate(): void {
    FakeWorker.terminated++;
  }
}

describe('containNestedWorkers', () => {
  it('ends every worker the learner started, however they reached the constructor', () => {
    const scope = { Worker: FakeWorker as unknown as typeof Worker };
    const endAll = containNestedWorkers(scope);
    const direct = new scope.Worker('blob:a');
    // The original constructor is not reachable through the prototype any more.
    const viaPrototype = new (Object.getPrototypeOf(direct).constructor as typeof Worker)('blob:b');
    expect(direct).toBeInstanceOf(FakeWorker);
    expect(viaPrototype).toBeInstanceOf(FakeWorker);
    expect(() => Object.assign(scope, { Worker: FakeWorker })).toThrow();
    endAll();
    expect(FakeWorker.terminated).toBe(2);
    endAll();
    expect(FakeWorker.terminated).toBe(2);
  });

  it('does nothing where workers cannot start workers', () => {
    expect(() => containNestedWorkers({})()).not.toThrow();
  });
});
