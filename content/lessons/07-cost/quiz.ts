import type { Quiz } from '~/components/quiz/quiz.ts';

/** Knowledge check for lesson 7: what a Lambda bill is made of and when a VM wins. */
export default [
  {
    question: 'Which charges make up the bill of a function with provisioned concurrency?',
    options: [
      {
        text: 'Requests, duration in GB-seconds, and the provisioned capacity for the time it is configured',
        correct: true,
        explanation:
          'Right. Requests and duration are billed on every function; provisioned concurrency adds a charge for the configured capacity and a lower duration rate for the requests it serves.',
      },
      {
        text: 'Only the number of requests',
        explanation: 'Requests are one part; duration (memory × time) is usually the larger one.',
      },
      {
        text: 'A fixed hourly price per function',
        explanation: 'That is how a VM is billed. An on-demand function costs nothing while idle.',
      },
    ],
  },
  {
    question:
      'A CPU-bound handler takes 800 ms at 512 MB. At 1,024 MB it gets twice the CPU and takes 400 ms. What happens to its duration cost?',
    options: [
      {
        text: 'About the same: twice the memory for half the time is the same number of GB-seconds, and it is twice as fast',
        correct: true,
        explanation:
          'Right. Duration is billed in GB-seconds, memory × time. While extra CPU shortens the run in proportion, more memory is free speed.',
      },
      {
        text: 'It doubles, because the price per millisecond doubles',
        explanation: 'The price per millisecond doubles, but the milliseconds halve.',
      },
      {
        text: 'It halves',
        explanation: 'Memory doubled and time halved: the product (GB-seconds) stays the same.',
      },
    ],
  },
  {
    question: 'When does an always-on VM become cheaper than Lambda for the same work?',
    options: [
      {
        text: 'When traffic is high and steady enough to keep the VM busy: its price is flat, the function’s bill grows with every request',
        correct: true,
        explanation:
          'Right. Functions bill per use; a VM bills per hour. Past a break-even utilization, paying per hour is cheaper, provided the VM can absorb the peaks.',
      },
      {
        text: 'Never: functions are always cheaper',
        explanation:
          'At high, steady utilization a function bills for every busy second; a VM that is busy most of the hour costs less.',
      },
      {
        text: 'Only when the traffic is spiky',
        explanation:
          'Spiky traffic is where functions shine: a VM fleet sized for the spike sits idle the rest of the time.',
      },
    ],
  },
  {
    question:
      'Compared with x86_64, how is an arm64 (Graviton) function’s duration priced in US East (N. Virginia)?',
    options: [
      {
        text: 'Lower per GB-second (about 20% less)',
        correct: true,
        explanation:
          'Right: the pricing page lists a lower GB-second price for Arm. Whether it is cheaper overall also depends on how fast your code runs there.',
      },
      {
        text: 'The same',
        explanation: 'The AWS pricing page lists separate, lower prices for Arm.',
      },
      {
        text: 'Higher, because Graviton is newer',
        explanation: 'No: Arm duration is the cheaper of the two.',
      },
    ],
  },
] satisfies Quiz;
