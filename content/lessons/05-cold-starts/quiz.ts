import type { Quiz } from '~/components/quiz/quiz.ts';

/** Knowledge check for lesson 5: what INIT is, what drives it, and when it reaches the tail. */
export default [
  {
    question: 'Which work happens in the INIT phase of a new execution environment?',
    options: [
      {
        text: 'Starting the runtime and running your module-scope code (imports, clients)',
        correct: true,
        explanation:
          'INIT starts extensions and the runtime, then runs everything at module scope. It happens once per environment, before its first request.',
      },
      {
        text: 'Running your handler function, so the first request in each environment runs it twice',
        explanation:
          'The misconception: that INIT calls the handler. The handler runs in the INVOKE phase, once per request; INIT runs once per environment, before the first request, and only runs the code outside the handler.',
      },
      {
        text: 'Only downloading and unpacking the deployment package; your own code does not run yet',
        explanation:
          'Fetching the code is part of preparing the environment, but INIT also boots the runtime and runs your module-scope code, which is often the larger part.',
      },
      {
        text: 'Freezing the environment after each request',
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
        text: 'Almost nothing: under 1% of requests are cold, so the p99 is a warm one',
        correct: true,
        explanation:
          'A percentile only “sees” slow requests if there are enough of them: the p99 moves only when more than 1% of requests are cold.',
      },
      {
        text: 'The p99 becomes the cold-start latency, because the slowest requests are the cold ones',
        explanation:
          'The misconception: that the p99 is the slowest requests. It is the request slower than 99% of the others, so it is cold only if at least 1 request in 100 is cold. Under steady traffic the environments stay warm and cold starts are far rarer than that.',
      },
      {
        text: 'It rises by the full INIT time',
        explanation:
          'The misconception: that cold starts shift every percentile. They only add to the requests that are cold; what matters is the share of cold requests compared with the 1% a p99 ignores.',
      },
    ],
  },
  {
    question:
      'A Node.js function bundles the whole AWS SDK, an ORM and two libraries it never calls. Which change shortens its INIT most directly?',
    options: [
      {
        text: 'Bundle only what the handler imports, and drop the libraries it never calls',
        correct: true,
        explanation:
          'Less code to fetch, unpack, parse and run at start-up is the lever you control. Public measurements show cold starts growing with package size.',
      },
      {
        text: 'Raise the function timeout, so that INIT has more time to finish',
        explanation:
          'The misconception: that INIT is slow because it is rushed. The timeout bounds the handler; it does not make INIT any faster.',
      },
      {
        text: 'Add reserved concurrency, so that its environments are kept ready',
        explanation:
          'The misconception: mixing up reserved and provisioned concurrency. Reserved concurrency caps and guarantees a function’s share of the account; it does not pre-initialize anything.',
      },
      {
        text: 'Set a longer idle lifetime so that fewer environments are ever created',
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
        text: 'Yes, as duration, like handler time',
        correct: true,
        explanation:
          'AWS standardized INIT billing on that date; before, this one configuration got INIT for free while container images, custom runtimes and provisioned concurrency already paid for it.',
      },
      {
        text: 'No: INIT is free on demand; only provisioned concurrency pays for it',
        explanation:
          'The misconception: the old rule. That was true only for on-demand ZIP functions on managed runtimes, and only until August 2025.',
      },
      {
        text: 'Only beyond 10 s',
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
        text: 'Shorter cold starts, but more of them: each function warms its own pool of environments',
        correct: true,
        explanation:
          'Environments are never shared between functions. A quiet route keeps fewer environments warm and cold-starts more often.',
      },
      {
        text: 'Cold starts disappear: a small function starts so fast that it never needs an INIT',
        explanation:
          'The misconception: that INIT is only for big functions. Every new environment has an INIT phase, however small the function.',
      },
      {
        text: 'Nothing changes: the account shares its warm environments between its functions',
        explanation:
          'The misconception: that warm environments belong to the account. an execution environment belongs to one function (one version). Nothing warm is shared between functions.',
      },
    ],
  },
] satisfies Quiz;
