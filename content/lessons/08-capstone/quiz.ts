import type { Quiz } from '~/components/quiz/quiz.ts';

/** Knowledge check for the capstone: combining the levers. */
export default [
  {
    question:
      'A batch job and a checkout API share one account with a 1,000 concurrency limit. The batch job bursts to 1,000. What protects checkout from throttles?',
    options: [
      {
        text: 'Reserved concurrency: cap the batch job, or reserve checkout’s share',
        correct: true,
        explanation:
          'Reserved concurrency carves a function’s share out of the account pool, and caps it there, so one function cannot starve the other.',
      },
      {
        text: 'Provisioned concurrency on checkout, so that its environments are already there when the batch runs',
        explanation:
          'The misconception: that warm environments are protected capacity. Provisioned concurrency keeps environments ready but reserves nothing: once the batch job fills the account, checkout’s extra requests are throttled. On the batch job, it would only pre-warm it, and it pre-warms the batch job; it does not stop it from taking the whole account, and it costs money around the clock.',
      },
      {
        text: 'More memory on checkout',
        explanation:
          'The misconception: that speed protects against throttles. Memory makes each request faster but does not reserve any concurrency.',
      },
    ],
  },
  {
    question:
      'Checkout’s p99 target is missed only during the morning ramp. What is usually the cheapest fix?',
    options: [
      {
        text: 'Trim the package, then schedule provisioned concurrency to cover only the ramp’s minutes',
        correct: true,
        explanation:
          'Trimming shortens every cold start for free; a schedule pays for warm capacity only while the ramp creates many new environments.',
      },
      {
        text: 'Provisioned concurrency at the daily peak, all day, so that no request is ever cold',
        explanation:
          'The misconception: buying for the worst minute all day. It works, but you pay for peak capacity through the night when it is idle.',
      },
      {
        text: 'A keep-warm ping every minute, which keeps the environments from being reclaimed',
        explanation:
          'The misconception: that one ping keeps a pool warm. A ping keeps about one environment warm; a ramp needs dozens.',
      },
    ],
  },
  {
    question: 'Your design meets every target. How do you know it is near the cheapest?',
    options: [
      {
        text: 'Lower one lever at a time until a target fails; keep the last pass',
        correct: true,
        explanation:
          'The simulator is deterministic for a given seed, so a one-lever-at-a-time search is repeatable; stop where the next step breaks a target.',
      },
      {
        text: 'Always the smallest memory',
        explanation:
          'The misconception: that less memory is always cheaper. Less memory means less CPU: a CPU-bound handler runs longer, may miss the latency target, and may cost the same or more.',
      },
      {
        text: 'Remove all reserved concurrency, since every reserved environment is billed by the hour',
        explanation:
          'The misconception: mixing up reserved and provisioned concurrency. Reserved concurrency is free; it only moves capacity between functions.',
      },
    ],
  },
] satisfies Quiz;
