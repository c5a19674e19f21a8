/**
 * INIT on the request path (a cold start), with Lambda's 10-second INIT limit, and proactive
 * initialization (an environment initialized ahead of any request).
 *
 * - INIT limit: "The Init phase is limited to 10 seconds. If all three tasks do not complete within 10
 *   seconds, Lambda retries the Init phase at the time of the first function invocation with the configured
 *   function timeout" (AWS docs, "Understanding the Lambda execution environment lifecycle",
 *   lambda-runtime-environment, read 2026-12-06). Modelled: an INIT of I > 10 s stops at 10 s, then runs
 *   again in full within the invocation, where INIT + handler must fit in the function timeout, else the
 *   attempt is a timeout error at 10 s + timeout. Both INITs are billed (INIT billing, see prices.ts).
 * - Proactive initialization: "Lambda may occasionally pre-initialize execution environments ahead of
 *   invocation requests" (same page). AWS gives no rule or rate; AJ Stuyvenberg measured 50–85% of
 *   initializations as proactive ("Understanding AWS Lambda Proactive Initialization", 2023). Modelled, when
 *   `proactiveInitProbability` p > 0: each cold start, with probability p, also initializes one more
 *   on-demand environment that goes idle without a request. It takes a scaling token like any new
 *   environment, is skipped when the account already has as many environments as its concurrency limit or
 *   when its INIT would pass the 10 s limit, and is not billed (the model's assumption: AWS does not say).
 */

import { RUN_TIMEOUT } from './env-pool.ts';
import { EV_COMPLETE, EV_INIT_END, eventPayload } from './event-kinds.ts';
import type { FunctionState } from './function-state.ts';
import type { RequestFlow } from './request-flow.ts';

/** Longest INIT before Lambda stops it and retries it within the first invocation, ms. */
export const INIT_LIMIT_MS = 10_000;

/**
 * Gap between a retried INIT that used the whole timeout and the timeout itself, ms (1 ns), so that the
 * environment's INIT always ends before its attempt does.
 */
const LAST_INSTANT_MS = 1e-6;

/**
 * Starts the INIT of environment e, just created for an attempt whose handler takes `dur` ms, and
 * schedules the INIT end and the completion; bills INIT + handler on the on-demand meter.
 */
export function coldInit(flow: RequestFlow, fs: FunctionState, e: number, dur: number): void {
  const t = flow.now;
  const init = fs.init.sample(fs.initRng);
  fs.coldStarts++;
  let initEnd = init;
  let end = init + dur;
  if (init > INIT_LIMIT_MS) {
    fs.initTimeouts++;
    const budget = fs.timeoutMs;
    if (init + dur <= budget) {
      initEnd = INIT_LIMIT_MS + init;
      end = initEnd + dur;
    } else {
      flow.pool.reqOutcome[e] = RUN_TIMEOUT;
      end = INIT_LIMIT_MS + budget;
      initEnd = Math.min(INIT_LIMIT_MS + init, end - LAST_INSTANT_MS);
    }
  }
  // Since 1 Aug 2025 the INIT phase is billed like the handler for on-demand functions (AWS Compute
  // Blog, "AWS Lambda standardizes billing for INIT Phase", 2025-04-29, read 2026-11-27). Billed when
  // the attempt starts, rounded up to 1 ms.
  fs.billedMs += Math.ceil(end);
  flow.heap.push(t + initEnd, eventPayload(e, EV_INIT_END));
  flow.heap.push(t + end, eventPayload(e, EV_COMPLETE));
}

/** After a cold start of function f: with probability p, pre-initializes one more environment. */
export function proactiveInit(flow: RequestFlow, fs: FunctionState, f: number): void {
  const rng = fs.proactiveRng;
  if (rng === null || rng.uniform() >= fs.proactiveP) return;
  const t = flow.now;
  // Its own stream for the INIT too, so that request-path INITs draw the same values with it on or off.
  const init = fs.init.sample(rng);
  if (init > INIT_LIMIT_MS) return;
  if (flow.envs.total >= flow.scenario.account.concurrencyLimit) return;
  if (!flow.limits.allowNewEnvironment(fs, t)) return;
  const e = flow.envs.create(f, t, false);
  flow.pool.reqAttempt[e] = 0;
  fs.proactiveInits++;
  flow.heap.push(t + init, eventPayload(e, EV_INIT_END));
}
