import type { Quiz } from '~/components/quiz/quiz.ts';

/** Knowledge check for lesson 7: what a Lambda bill is made of and when a VM wins. */
export default [
  {
    question: 'Which charges make up the bill of a function with provisioned concurrency?',
    options: [
      {
        text: 'Requests, duration, and provisioned capacity while configured',
        correct: true,
        explanation:
          'Requests and duration are billed on every function; provisioned concurrency adds a charge for the configured capacity and a lower duration rate for the requests it serves.',
      },
      {
        text: 'Requests and duration only: provisioned capacity is included in them',
        explanation:
          'The misconception: that pre-warmed capacity is free until used. It is billed for the time it is configured, used or not. Requests are one part; duration (memory × time) is usually the larger one.',
      },
      {
        text: 'A fixed hourly price per function',
        explanation:
          'The misconception: billing a function like a server. That is how a VM is billed. An on-demand function costs nothing while idle.',
      },
    ],
  },
  {
    question:
      'A CPU-bound handler takes 800 ms at 512 MB. At 1,024 MB it gets twice the CPU and takes 400 ms. What happens to its duration cost?',
    options: [
      {
        text: 'About the same, and it runs twice as fast',
        correct: true,
        explanation:
          'Duration is billed in GB-seconds, memory × time. While extra CPU shortens the run in proportion, more memory is free speed.',
      },
      {
        text: 'It doubles, because the price per millisecond doubles with the memory',
        explanation:
          'The misconception: looking at the price per millisecond alone. The price per millisecond doubles, but the milliseconds halve.',
      },
      {
        text: 'It halves: half the milliseconds',
        explanation:
          'The misconception: looking at the time alone. Memory doubled and time halved: the product (GB-seconds) stays the same.',
      },
    ],
  },
  {
    question: 'When does an always-on VM become cheaper than Lambda for the same work?',
    options: [
      {
        text: 'When traffic is high and steady enough to keep the VM busy most of every hour',
        correct: true,
        explanation:
          'Functions bill per use; a VM bills per hour. Past a break-even utilization, paying per hour is cheaper, provided the VM can absorb the peaks.',
      },
      {
        text: 'Never: a function only pays for the time it runs, so it always costs less',
        explanation:
          'The misconception: that paying per use is always cheaper. At high, steady utilization a function bills for every busy second; a VM that is busy most of the hour costs less.',
      },
      {
        text: 'When traffic is spiky, because the VM absorbs the spikes without cold starts',
        explanation:
          'The misconception: sizing for the average. Spiky traffic is where functions shine: a VM fleet sized for the spike sits idle the rest of the time.',
      },
    ],
  },
  {
    question:
      'Compared with x86_64, how is an arm64 (Graviton) function’s duration priced in US East (N. Virginia)?',
    options: [
      {
        text: 'About 20% less per GB-second',
        correct: true,
        explanation:
          'The pricing page lists a lower GB-second price for Arm. Whether it is cheaper overall also depends on how fast your code runs there.',
      },
      {
        text: 'The same per GB-second',
        explanation:
          'The misconception: that Lambda prices memory-time the same on every architecture. The AWS pricing page lists separate, lower prices for Arm.',
      },
      {
        text: 'Higher per GB-second, because the Arm chips are faster for most code',
        explanation:
          'The misconception: that faster hardware costs more per second. Arm duration is the cheaper of the two, and whether your code runs faster there depends on the code (some libraries are slower on Arm).',
      },
    ],
  },
] satisfies Quiz;
