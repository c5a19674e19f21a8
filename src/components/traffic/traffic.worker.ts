/// <reference lib="webworker" />
/**
 * The "Your traffic" page's worker: parses the file and simulates it off the main thread, posting progress.
 * Nothing leaves the browser: the file's text arrives by `postMessage` and only the results go back.
 */
import { ScenarioError } from '@lab/sim';
import { parseTraffic } from '~/traffic/parse-traffic.ts';
import { runTraffic } from '~/traffic/run-traffic.ts';
import type { WhatIf } from '~/traffic/traffic-scenario.ts';
import { TrafficError } from '~/traffic/traffic-types.ts';
import { type TrafficView, trafficView } from '~/traffic/traffic-view.ts';

/** A request: run a file's text under settings. */
export interface TrafficRequest {
  seq: number;
  text: string;
  bytes: number;
  whatIf: WhatIf;
}

/** A reply: progress (0–1), the result, or an error to show. */
export type TrafficReply =
  | { seq: number; type: 'progress'; done: number }
  | { seq: number; type: 'result'; view: TrafficView; computeMs: number }
  | { seq: number; type: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.addEventListener('message', (event: MessageEvent<TrafficRequest>) => {
  const { seq, text, bytes, whatIf } = event.data;
  const post = (reply: TrafficReply) => scope.postMessage(reply);
  const started = performance.now();
  try {
    const run = runTraffic(parseTraffic(text, bytes), whatIf, (done) =>
      post({ seq, type: 'progress', done }),
    );
    post({ seq, type: 'result', view: trafficView(run), computeMs: performance.now() - started });
  } catch (err) {
    const known = err instanceof TrafficError || err instanceof ScenarioError;
    post({ seq, type: 'error', message: known ? err.message : `Unexpected error: ${String(err)}` });
  }
});
