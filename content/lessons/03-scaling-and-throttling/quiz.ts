import type { Quiz } from '~/components/quiz/quiz.ts';

/** Knowledge check for lesson 3: scaling limits and throttling. */
export default [
  {
    question: 'Since November 2023, how fast can a single Lambda function add new execution environments?',
    options: [
      {
        text: '500 to 3,000 at once for the whole account, then 500 more per minute.',
        explanation: 'That was the older, account-wide burst rule. It was replaced in November 2023.',
      },
      {
        text: '1,000 every 10 seconds for each function, up to the account limit.',
        correct: true,
        explanation:
          'The scaling rate is per function, refilled continuously rather than in one jump every 10 s, and unused rate is not saved up.',
      },
      {
        text: 'As fast as requests arrive: there is no rate limit, only the account limit.',
        explanation:
          'There is a rate limit as well: new environments come at most 1,000 per 10 seconds per function.',
      },
    ],
  },
  {
    question: 'A synchronous request (say, from API Gateway) is throttled. What does the caller see?',
    options: [
      {
        text: 'Nothing: Lambda queues the request and runs it when an environment frees up.',
        explanation:
          'That is close to what happens to asynchronous events. A synchronous caller is waiting for an answer, so it gets an error instead.',
      },
      {
        text: 'An HTTP 429 error (TooManyRequestsException); retrying is up to the caller.',
        correct: true,
        explanation:
          'Lambda does not run the function at all, so a retry cannot run it twice; the AWS SDKs retry throttles with backoff.',
      },
      {
        text: 'A timeout after the function’s configured timeout.',
        explanation: 'A throttled request never starts, so it cannot time out. It fails at once.',
      },
    ],
  },
  {
    question: 'An asynchronous event (say, from S3) is throttled. What does Lambda do with it by default?',
    options: [
      {
        text: 'Drops it immediately.',
        explanation: 'Only if it has waited too long. By default Lambda keeps it and retries.',
      },
      {
        text: 'Returns it to its internal queue and retries with growing delays (1 s up to 5 min) for up to 6 hours.',
        correct: true,
        explanation:
          'Throttled async events wait and are retried until the maximum event age (6 hours by default).',
      },
      {
        text: 'Retries it exactly twice, after one and two minutes.',
        explanation: 'Those two retries are for function errors (your code failed), not for throttles.',
      },
    ],
  },
  {
    question:
      'You set reserved concurrency 200 on function A in an account with the default 1,000 limit. Which is true?',
    options: [
      {
        text: 'A can run at most 200 at once, and 200 are kept for A even when other functions are busy.',
        correct: true,
        explanation:
          'Reserved concurrency is both a cap and a guarantee. The other functions share the remaining 800.',
      },
      {
        text: 'A keeps 200 environments warm, so it has no cold starts up to 200.',
        explanation:
          'That is provisioned concurrency (lesson 6). Reserved concurrency does not start any environment in advance.',
      },
      {
        text: 'A can use 200 of its own plus anything left in the shared pool.',
        explanation: 'No: the reservation is also a ceiling. A never runs more than 200 at once.',
      },
      {
        text: 'It costs 200 × the price of an idle environment per hour.',
        explanation:
          'Reserved concurrency is free. Provisioned concurrency is the one you pay for while it is configured.',
      },
    ],
  },
  {
    question: 'Your account limit is 1,000. What is the most you can reserve in total across your functions?',
    options: [
      {
        text: '1,000',
        explanation: 'Lambda keeps at least 100 unreserved for the functions without a reservation.',
      },
      {
        text: '900',
        correct: true,
        explanation: 'You can reserve up to the account limit minus 100, which stays in the unreserved pool.',
      },
      {
        text: '500',
        explanation: 'There is no rule about half. The unreserved pool must keep at least 100.',
      },
    ],
  },
] satisfies Quiz;
