import type { Quiz } from '~/components/quiz/quiz.ts';

/** Knowledge check for lesson 6: provisioned concurrency, SnapStart, warmers and schedules. */
export default [
  {
    question:
      'A function has provisioned concurrency 10. Fifteen requests are in flight at once. What happens to the last five?',
    options: [
      {
        text: 'They run on on-demand environments, which may cold-start, up to the function’s other limits',
        correct: true,
        explanation:
          'Right. Provisioned environments are used first; the overflow is served on demand like any other function, with INIT if no on-demand environment is warm.',
      },
      {
        text: 'They are throttled, because 10 is the maximum',
        explanation:
          'Provisioned concurrency is a floor of ready environments, not a cap. Reserved concurrency is the cap.',
      },
      {
        text: 'They wait in a queue until a provisioned environment is free',
        explanation:
          'Synchronous requests do not wait for provisioned environments; they spill over to on-demand.',
      },
    ],
  },
  {
    question:
      'Why is a scheduled “keep-warm” ping every 5 minutes a poor substitute for provisioned concurrency?',
    options: [
      {
        text: 'One ping keeps roughly one environment warm; a burst needs many, and Lambda still recycles environments',
        correct: true,
        explanation:
          'Right. Each ping occupies one environment for a moment. Real concurrency above that still cold-starts, and AWS does not promise to keep any pinged environment.',
      },
      {
        text: 'Pings are throttled by Lambda',
        explanation: 'They are ordinary invocations; nothing throttles them specially.',
      },
      {
        text: 'Pings cost more than provisioned concurrency',
        explanation:
          'Pings are cheap. Their problem is that they do not buy what you want: warm capacity at the concurrency your traffic reaches.',
      },
    ],
  },
  {
    question: 'Which statement about Lambda SnapStart is true (AWS documentation, read 2026-11-27)?',
    options: [
      {
        text: 'It resumes new environments from a snapshot taken when you publish a function version',
        correct: true,
        explanation:
          'Right. INIT runs once at publish time; later cold starts restore the snapshot instead. It works with published versions (and aliases), not $LATEST.',
      },
      {
        text: 'It works on every runtime, including Node.js',
        explanation:
          'SnapStart supports Java 11 and later, Python 3.12 and later, and .NET 8 and later; other managed runtimes such as Node.js are not supported.',
      },
      {
        text: 'You can combine it with provisioned concurrency on the same version',
        explanation: 'The SnapStart documentation lists provisioned concurrency as not supported.',
      },
    ],
  },
  {
    question:
      'Traffic peaks between 09:00 and 17:00 and is low at night. How do you avoid paying for peak provisioned concurrency all day?',
    options: [
      {
        text: 'Schedule it: Application Auto Scaling actions raise provisioned concurrency before 09:00 and lower it after 17:00',
        correct: true,
        explanation:
          'Right. Provisioned concurrency is billed for the time it is configured, so a schedule that follows the daily shape pays for peak capacity only during the peak.',
      },
      {
        text: 'Set reserved concurrency to the peak',
        explanation: 'Reserved concurrency does not keep anything warm, and it costs nothing either way.',
      },
      {
        text: 'Nothing: provisioned concurrency is only billed when used',
        explanation:
          'It is billed for every hour it is configured, busy or idle, on top of the requests and duration it serves.',
      },
    ],
  },
] satisfies Quiz;
