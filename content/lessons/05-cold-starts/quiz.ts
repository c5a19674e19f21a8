import type { Quiz } from '~/components/quiz/quiz.ts';

/** Knowledge check for lesson 5: what INIT is, what drives it, and when it reaches the tail. */
export default [
  {
    question: 'Which work happens in the INIT phase of a new execution environment?',
    options: [
      {
        text: 'Starting the runtime and running your code outside the handler (imports, clients, configuration)',
        correct: true,
        explanation:
          'Right. INIT starts extensions and the runtime, then runs everything at module scope. It happens once per environment, before its first request.',
      },
      {
        text: 'Running the handler for every request',
        explanation:
          'No: the handler runs in the INVOKE phase, once per request. INIT runs once per environment.',
      },
      {
        text: 'Only copying the deployment package',
        explanation:
          'Fetching the code is part of preparing the environment, but INIT also boots the runtime and runs your module-scope code, which is often the larger part.',
      },
      {
        text: 'Freezing the environment after a request',
        explanation:
          'Freezing happens after INVOKE; reclaiming an idle environment is SHUTDOWN. Neither is INIT.',
      },
    ],
  },
  {
    question:
      'An API gets a steady 20 requests per second and, in the simulator, fewer than 0.1% of its requests are cold. What do cold starts do to its p99 latency?',
    options: [
      {
        text: 'Almost nothing: with less than 1% of requests cold, the 99th percentile is a warm request',
        correct: true,
        explanation:
          'Right. A percentile only “sees” slow requests if there are enough of them: the p99 moves only when more than 1% of requests are cold.',
      },
      {
        text: 'The p99 becomes the cold-start latency',
        explanation:
          'Only if at least 1 request in 100 is cold. Under steady traffic the environments stay warm and cold starts are far rarer than that.',
      },
      {
        text: 'The p99 doubles',
        explanation:
          'There is no fixed ratio: what matters is the share of cold requests compared with the 1% a p99 ignores.',
      },
    ],
  },
  {
    question:
      'A Node.js function bundles the whole AWS SDK, an ORM and two libraries it never calls. Which change shortens its INIT most directly?',
    options: [
      {
        text: 'Bundle only what the handler imports (tree-shake, drop unused dependencies)',
        correct: true,
        explanation:
          'Right. Less code to fetch, unpack, parse and run at start-up is the lever you control. Public measurements show cold starts growing with package size.',
      },
      {
        text: 'Raise the function timeout',
        explanation: 'The timeout bounds the handler; it does not make INIT any faster.',
      },
      {
        text: 'Add reserved concurrency',
        explanation:
          'Reserved concurrency caps and guarantees a function’s share of the account; it does not pre-initialize anything.',
      },
      {
        text: 'Set a longer idle lifetime',
        explanation:
          'You cannot configure how long Lambda keeps an idle environment; it is undocumented and measured at minutes.',
      },
    ],
  },
  {
    question:
      'Since 1 August 2025, is the INIT duration of an on-demand function packaged as a ZIP with a managed runtime billed?',
    options: [
      {
        text: 'Yes, it is billed as duration, like the handler time',
        correct: true,
        explanation:
          'Right. AWS standardized INIT billing on that date; before, this one configuration got INIT for free while container images, custom runtimes and provisioned concurrency already paid for it.',
      },
      {
        text: 'No, INIT is always free',
        explanation:
          'That was true only for on-demand ZIP functions on managed runtimes, and only until August 2025.',
      },
      {
        text: 'Only when INIT takes longer than 10 seconds',
        explanation:
          'After 10 seconds an on-demand INIT is stopped and retried within the first invocation; that is not a billing threshold. All INIT time is billed now.',
      },
    ],
  },
  {
    question:
      'You split one function that serves ten routes into ten functions, one per route, with the same total traffic. What happens to cold starts?',
    options: [
      {
        text: 'Each cold start is shorter (smaller packages), but there are more of them, because each function warms its own pool with a tenth of the traffic',
        correct: true,
        explanation:
          'Right. Environments are never shared between functions. A quiet route keeps fewer environments warm and cold-starts more often.',
      },
      {
        text: 'Cold starts disappear, because small functions never cold-start',
        explanation: 'Every new environment has an INIT phase, however small the function.',
      },
      {
        text: 'Nothing changes: the account shares warm environments between functions',
        explanation:
          'No: an execution environment belongs to one function (one version). Nothing warm is shared between functions.',
      },
    ],
  },
] satisfies Quiz;
