/**
 * The sandbox iframe's document (its `srcdoc`). The CSP forbids every network request and every
 * script but this inline bootstrap, `eval` (the runtime worker compiles learner code) and `blob:`
 * workers. The bootstrap is written as plain ES2020 without imports: it is copied into the page as text.
 */
export const FRAME_CSP = [
  "default-src 'none'",
  "script-src 'unsafe-inline' 'unsafe-eval' blob:",
  'worker-src blob:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Relayed learner messages per run before the worker is cut off (output caps are far lower). */
export const RELAY_LIMIT = 2000;

const bootstrap = `(() => {
  let port, url, prime, spare, checkSpare, booted = false, running = false;
  const spareCore = (navigator.hardwareConcurrency || 1) > 2;
  const spawn = () => new Worker(url);
  // Spare workers are started ahead (the runtime evaluated and warming up), one for the next run and one
  // for its checks; each serves one request, and the next spares start once a run is over. The run's spare
  // starts first and alone (two at once would halve its CPU on a small machine, and a check spare started
  // with a run would take CPU from it); the check spare starts when the run's spare says it is warm, or when
  // checks are due. The page hears 'booted' once the first spare has evaluated the runtime: the time limit
  // of a run starts when its code is sent, so it must not include starting the runtime. A check spare gets
  // the exercise's files at once, to do the checks' answer-independent work ahead (check-runner.ts); that
  // work pauses while a run goes on (the run's CPU comes first). Suggestions (what the run simulates, to
  // simulate it meanwhile for the checks) go on, but only with a core to spare: on two cores the page's own
  // work (an editor loading) and the run already take both.
  const spareChecks = () => {
    if (checkSpare) return checkSpare;
    checkSpare = spawn();
    if (prime) primeChecks(checkSpare);
    return checkSpare;
  };
  const primeChecks = (worker) => {
    worker.postMessage({ type: 'prime', checkSource: prime.checkSource, starterSource: prime.starterSource });
    if (running) worker.postMessage({ type: 'hold', held: true });
  };
  const hold = (held) => {
    running = held;
    if (checkSpare) checkSpare.postMessage({ type: 'hold', held });
  };
  const replenish = () => {
    if (spare) return;
    const next = spawn();
    next.onmessage = (event) => {
      const type = event.data && event.data.type;
      if (type === 'ready' && !booted) { booted = true; port.postMessage({ type: 'booted' }); }
      if (type === 'warmed') spareChecks();
    };
    next.onerror = (event) => {
      event.preventDefault();
      if (!booted) { booted = true; port.postMessage({ type: 'booted' }); }
    };
    spare = next;
  };
  addEventListener('message', (event) => {
    if (port || event.source !== parent || !event.ports[0]) return;
    port = event.ports[0];
    url = URL.createObjectURL(new Blob([event.data.workerSource], { type: 'text/javascript' }));
    port.onmessage = (m) => {
      const request = m.data || {};
      if (request.type === 'run') run(request);
      if (request.type !== 'prime' || prime) return;
      prime = request;
      if (checkSpare) primeChecks(checkSpare);
    };
    replenish();
  });
  function run(request) {
    const nonce = request.nonce;
    const learner = spare || spawn();
    spare = undefined;
    let relayed = 0, settled = false;
    hold(true);
    // The learner's worker ends; the check spare resumes its work ahead unless it now checks this run.
    const stop = (checking) => {
      settled = true;
      learner.terminate();
      if (checking) running = false;
      else hold(false);
    };
    // 'ready' and 'warmed' are a spare's start-up news: not the run's, never relayed or counted.
    const startUpNews = (data) => data && (data.type === 'ready' || data.type === 'warmed');
    learner.onmessage = (event) => {
      if (settled || startUpNews(event.data)) return;
      if (++relayed > ${RELAY_LIMIT}) {
        stop();
        replenish();
        port.postMessage({ type: 'worker-crashed', nonce, from: 'learner', message: 'The program sent too many messages and was stopped.' });
        return;
      }
      const message = event.data;
      // The run says what it simulates: its check spare simulates it too, meanwhile. Not for the page.
      if (message && message.type === 'simulating') {
        if (request.checkSource && spareCore) spareChecks().postMessage({ type: 'suggest', scenario: message.scenario });
        return;
      }
      port.postMessage({ type: 'relay', nonce, from: 'learner', message });
      if (!message || message.type !== 'done') return;
      const answer = message.checkable;
      const checking = request.checkSource && answer && answer.ok === true;
      stop(checking);
      if (!checking) return replenish();
      const checker = spareChecks();
      checkSpare = undefined;
      checker.onmessage = (c) => {
        if (startUpNews(c.data)) return;
        port.postMessage({ type: 'relay', nonce, from: 'check', message: c.data });
        checker.terminate();
        replenish();
      };
      checker.onerror = (e) => {
        port.postMessage({ type: 'worker-crashed', nonce, from: 'check', message: e.message || 'The check worker failed.' });
        checker.terminate();
        replenish();
      };
      checker.postMessage({ type: 'check', source: request.checkSource, answer: answer.value });
    };
    learner.onerror = (event) => {
      event.preventDefault();
      if (settled) return;
      stop();
      replenish();
      port.postMessage({ type: 'worker-crashed', nonce, from: 'learner', message: event.message || 'The program crashed.' });
    };
    learner.onmessageerror = () => port.postMessage({ type: 'worker-crashed', nonce, from: 'learner', message: 'A message from the program could not be read.' });
    learner.postMessage({ type: 'run', source: request.source });
  }
})();`;

/** The complete `srcdoc` for a sandbox iframe. */
export function frameDocument(): string {
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${FRAME_CSP}"><script>${bootstrap}</script></head><body></body></html>`;
}
