import type { Quiz } from '~/components/quiz/quiz.ts';

/** Knowledge check for lesson 4: execution environment re-use. */
export default [
  {
    question: 'What makes a request a warm start?',
    options: [
      {
        text: 'It finds an idle execution environment of the same function and runs in it, skipping INIT.',
        correct: true,
        explanation:
          'The environment already has the runtime and your code loaded, so only the handler runs.',
      },
      {
        text: 'The function ran within the last minute, so Lambda caches its response.',
        explanation:
          'Lambda never caches responses. A warm start still runs your handler; it only skips starting the environment.',
      },
      {
        text: 'The request arrives while another request is running in the same environment.',
        explanation:
          'An environment serves one request at a time. A request arriving while all environments are busy gets a new one: a cold start.',
      },
    ],
  },
  {
    question: 'How long does an idle execution environment stay available for re-use?',
    options: [
      {
        text: 'Exactly 15 minutes, as documented by AWS.',
        explanation:
          '15 minutes is the maximum function timeout, not an idle lifetime. AWS does not document the idle lifetime.',
      },
      {
        text: 'Forever, as long as the function is not redeployed.',
        explanation:
          'Idle environments are reclaimed. Keeping them forever would tie up capacity nobody pays for.',
      },
      {
        text: 'An undocumented time that public measurements put between about 10 and 65 minutes (2017–2019); it can change.',
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
        text: 'The total number of requests the function has served.',
        explanation:
          'Each environment has its own memory. With 20 environments there are 20 separate counters.',
      },
      {
        text: 'The number of requests served by this one environment since it started.',
        correct: true,
        explanation:
          'Module scope lives as long as the environment and is never shared with other environments.',
      },
      {
        text: 'Always 1, because module scope is reset before every request.',
        explanation:
          'Module scope runs once, during INIT. It survives between requests in the same environment, which is why you put SDK clients there.',
      },
    ],
  },
  {
    question: 'Which of these can a later request in the same environment rely on finding?',
    options: [
      {
        text: 'A file written to /tmp by an earlier request in that environment, most of the time.',
        correct: true,
        explanation:
          '/tmp belongs to the environment and survives between its requests, but a new environment starts empty, so treat it as a cache, never as storage.',
      },
      {
        text: 'A file written to /tmp by a request in another environment of the same function.',
        explanation: 'Environments share nothing: each has its own /tmp, memory and connections.',
      },
      {
        text: 'Data another function stored in its module scope.',
        explanation: 'Environments are never shared between functions, let alone their memory.',
      },
    ],
  },
] satisfies Quiz;
