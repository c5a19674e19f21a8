import type { Quiz } from '~/components/quiz/quiz.ts';

/** Knowledge check for the capstone: combining the levers. */
export default [
  {
    question:
      'A batch job and a checkout API share one account with a 1,000 concurrency limit. The batch job bursts to 1,000. What protects checkout from throttles?',
    options: [
      {
        text: 'Reserved concurrency: a cap on the batch job, or a guaranteed share for checkout (or both)',
        correct: true,
        explanation:
          'Right. Reserved concurrency carves a function’s share out of the account pool, and caps it there, so one function cannot starve the other.',
      },
      {
        text: 'Provisioned concurrency on the batch job',
        explanation:
          'That pre-warms the batch job; it does not stop it from taking the whole account, and it costs money around the clock.',
      },
      {
        text: 'More memory on checkout',
        explanation: 'Memory makes each request faster but does not reserve any concurrency.',
      },
    ],
  },
  {
    question:
      'Checkout’s p99 target is missed only during the morning ramp. What is usually the cheapest fix?',
    options: [
      {
        text: 'Provisioned concurrency on a schedule that covers the ramp, after trimming what the function loads',
        correct: true,
        explanation:
          'Right. Trimming shortens every cold start for free; a schedule pays for warm capacity only while the ramp creates many new environments.',
      },
      {
        text: 'Provisioned concurrency at the daily peak, all day',
        explanation: 'It works, but you pay for peak capacity through the night when it is idle.',
      },
      {
        text: 'A keep-warm ping every minute',
        explanation: 'A ping keeps about one environment warm; a ramp needs dozens.',
      },
    ],
  },
  {
    question: 'Your design meets every target. How do you know it is near the cheapest?',
    options: [
      {
        text: 'Lower one lever at a time (provisioned count, memory, schedule hours) until a target fails, and keep the last passing value',
        correct: true,
        explanation:
          'Right. The simulator is deterministic for a given seed, so a one-lever-at-a-time search is repeatable; stop where the next step breaks a target.',
      },
      {
        text: 'Pick the smallest memory, always',
        explanation:
          'Less memory means less CPU: a CPU-bound handler runs longer, may miss the latency target, and may cost the same or more.',
      },
      {
        text: 'Remove all reserved concurrency: it costs money',
        explanation: 'Reserved concurrency is free; it only moves capacity between functions.',
      },
    ],
  },
] satisfies Quiz;
