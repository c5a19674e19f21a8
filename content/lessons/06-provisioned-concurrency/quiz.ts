import type { Quiz } from '~/components/quiz/quiz.ts';

/** Knowledge check for lesson 6: provisioned concurrency, SnapStart, warmers and schedules. */
export default [
  {
    question:
      'A function has provisioned concurrency 10. Fifteen requests are in flight at once. What happens to the last five?',
    options: [
      {
        text: 'They run on demand, and may cold-start',
        correct: true,
        explanation:
          'Provisioned environments are used first; the overflow is served on demand like any other function, with INIT if no on-demand environment is warm.',
      },
      {
        text: 'They are throttled: provisioned concurrency is also the function’s maximum',
        explanation:
          'The misconception: that provisioned concurrency is a cap. Provisioned concurrency is a floor of ready environments, not a cap. Reserved concurrency is the cap.',
      },
      {
        text: 'They wait for a provisioned one',
        explanation:
          'The misconception: that Lambda queues synchronous requests. Synchronous requests do not wait for provisioned environments; they spill over to on-demand.',
      },
    ],
  },
  {
    question:
      'Why is a scheduled “keep-warm” ping every 5 minutes a poor substitute for provisioned concurrency?',
    options: [
      {
        text: 'A ping warms about one environment; a burst needs many',
        correct: true,
        explanation:
          'Each ping occupies one environment for a moment. Real concurrency above that still cold-starts, and AWS does not promise to keep any pinged environment.',
      },
      {
        text: 'Lambda detects scheduled pings and throttles them, so they never reach your function',
        explanation:
          'The misconception: that Lambda treats pings specially. They are ordinary invocations; nothing throttles them specially.',
      },
      {
        text: 'Pings cost more than provisioned concurrency',
        explanation:
          'The misconception: that the ping bill is the problem. Pings are cheap. Their problem is that they do not buy what you want: warm capacity at the concurrency your traffic reaches.',
      },
    ],
  },
  {
    question: 'Which statement about Lambda SnapStart is true (AWS documentation, read 2026-11-27)?',
    options: [
      {
        text: 'It restores new environments from a snapshot of a published version',
        correct: true,
        explanation:
          'INIT runs once at publish time; later cold starts restore the snapshot instead. It works with published versions (and aliases), not $LATEST.',
      },
      {
        text: 'It works on every runtime, Node.js included',
        explanation:
          'The misconception: that SnapStart is universal. SnapStart supports Java 11 and later, Python 3.12 and later, and .NET 8 and later; other managed runtimes such as Node.js are not supported.',
      },
      {
        text: 'You can combine it with provisioned concurrency on the same version for zero cold starts',
        explanation:
          'The misconception: that the two levers stack. The SnapStart documentation lists provisioned concurrency as not supported.',
      },
    ],
  },
  {
    question:
      'Traffic peaks between 09:00 and 17:00 and is low at night. How do you avoid paying for peak provisioned concurrency all day?',
    options: [
      {
        text: 'Schedule it: raise it before 09:00 and lower it after 17:00, every working day',
        correct: true,
        explanation:
          'Provisioned concurrency is billed for the time it is configured, so a schedule that follows the daily shape pays for peak capacity only during the peak.',
      },
      {
        text: 'Replace it with reserved concurrency set to the peak, which keeps the same environments ready',
        explanation:
          'The misconception: mixing up reserved and provisioned concurrency. Reserved concurrency does not keep anything warm, and it costs nothing either way.',
      },
      {
        text: 'Nothing to do: provisioned concurrency is only billed while requests use it',
        explanation:
          'The misconception: that provisioned concurrency is billed per use. It is billed for every hour it is configured, busy or idle, on top of the requests and duration it serves.',
      },
    ],
  },
] satisfies Quiz;
