import type { Quiz } from '~/components/quiz/quiz.ts';

/** Knowledge check for lesson 4: execution environment re-use. */
export default [
  {
    question: 'What makes a request a warm start?',
    options: [
      {
        text: 'It runs in an idle environment of the same function, skipping INIT.',
        correct: true,
        explanation:
          'The environment already has the runtime and your code loaded, so only the handler runs.',
      },
      {
        text: 'Lambda replays a cached response from a recent run.',
        explanation:
          'The misconception: that “warm” means cached. Lambda never caches responses. A warm start still runs your handler; it only skips starting the environment.',
      },
      {
        text: 'It shares an environment that is already running another request, so nothing new starts.',
        explanation:
          'The misconception: that an environment serves several requests at once. An environment serves one request at a time. A request arriving while all environments are busy gets a new one: a cold start.',
      },
    ],
  },
  {
    question: 'How long does an idle execution environment stay available for re-use?',
    options: [
      {
        text: 'Exactly 15 minutes, as AWS documents.',
        explanation:
          'The misconception: mixing up the idle lifetime with the timeout. 15 minutes is the maximum function timeout, not an idle lifetime. AWS does not document the idle lifetime.',
      },
      {
        text: 'Until the function is redeployed; until then Lambda keeps every environment it made.',
        explanation:
          'The misconception: that environments are permanent servers. Idle environments are reclaimed. Keeping them forever would tie up capacity nobody pays for.',
      },
      {
        text: 'An undocumented time that measurements put at 10–65 minutes; it can change.',
        correct: true,
        explanation:
          'Treat it as a measured, changeable behaviour, not a guarantee; the simulator makes it a parameter.',
      },
    ],
  },
  {
    question:
      'A handler increments a counter declared at module scope (outside the handler). What does the counter show?',
    options: [
      {
        text: 'The total number of requests the whole function has served, across its environments.',
        explanation:
          'The misconception: that module scope is shared by the function. Each environment has its own memory. With 20 environments there are 20 separate counters.',
      },
      {
        text: 'The requests served by this one environment so far.',
        correct: true,
        explanation:
          'Module scope lives as long as the environment and is never shared with other environments.',
      },
      {
        text: 'Always 1: module scope reruns per request.',
        explanation:
          'The misconception: that every request starts from a clean slate. Module scope runs once, during INIT. It survives between requests in the same environment, which is why you put SDK clients there.',
      },
    ],
  },
  {
    question: 'Which of these can a later request in the same environment rely on finding?',
    options: [
      {
        text: 'A file an earlier request wrote to its /tmp, usually.',
        correct: true,
        explanation:
          '/tmp belongs to the environment and survives between its requests, but a new environment starts empty, so treat it as a cache, never as storage.',
      },
      {
        text: 'A file written to /tmp by any earlier request of the same function, in any environment.',
        explanation:
          'The misconception: that /tmp is a disk shared by the function. Environments share nothing: each has its own /tmp, memory and connections.',
      },
      {
        text: 'Another function’s module-scope data.',
        explanation:
          'The misconception: that functions of one account share memory. Environments are never shared between functions, let alone their memory.',
      },
    ],
  },
] satisfies Quiz;
