/// <reference lib="webworker" />
/**
 * The "Your traffic" page's worker: parses the file and simulates it under one or two what-if settings (A/B)
 * off the main thread, posting progress. Nothing leaves the browser: the file's text arrives by `postMessage`
 * and only the results go back. The page stops a run by terminating this worker.
 */
import { ScenarioError } from '@lab/sim';
import { parseTraffic } from '~/traffic/parse-traffic.ts';
import { requestsIn, runTraffic } from '~/traffic/run-traffic.ts';
import type { WhatIf } from '~/traffic/traffic-scenario.ts';
import { TrafficError } from '~/traffic/traffic-types.ts';
import { type TrafficView, trafficView } from '~/traffic/traffic-view.ts';

/** A request: run a file's text under one setting, or two to compare. */
export interface TrafficRequest {
  seq: number;
  text: string;
  bytes: number;
  whatIfs: WhatIf[];
}

/** A reply: progress (0–1 over all settings), the results (one view per setting), or an error to show. */
export type TrafficReply =
  | { seq: number; type: 'progress'; done: number; requests: number }
  | { seq: number; type: 'result'; views: TrafficView[]; computeMs: number }
  | { seq: number; type: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.addEventListener('message', (event: MessageEvent<TrafficRequest>) => {
  const { seq, text, bytes, whatIfs } = event.data;
  const post = (reply: TrafficReply) => scope.postMessage(reply);
  const started = performance.now();
  try {
    const traffic = parseTraffic(text, bytes);
    const requests = requestsIn(traffic);
    const views = whatIfs.map((whatIf, i) =>
      trafficView(
        runTraffic(traffic, whatIf, (done) =>
          post({ seq, type: 'progress', done: (i + done) / whatIfs.length, requests }),
        ),
      ),
    );
    post({ seq, type: 'result', views, computeMs: performance.now() - started });
  } catch (err) {
    const known = err instanceof TrafficError || err instanceof ScenarioError;
    post({ seq, type: 'error', message: known ? err.message : `Unexpected error: ${String(err)}` });
  }
});
