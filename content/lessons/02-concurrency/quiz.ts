import type { Quiz } from '~/components/quiz/quiz.ts';

/** Knowledge check for lesson 2: what concurrency means. */
export default [
  {
    question:
      'One execution environment is busy with a request when a second request for the same function arrives. What happens?',
    options: [
      {
        text: 'The environment handles both requests at once, like a web server with threads.',
        explanation:
          'That is how a server you run yourself often works, but a Lambda execution environment serves one request at a time.',
      },
      {
        text: 'The second request waits in a queue until the first finishes.',
        explanation:
          'A synchronous request is not queued behind a busy environment. Lambda looks for another environment instead (and throttles if it cannot get one).',
      },
      {
        text: 'Lambda gives the second request a different environment: an idle one if there is one, otherwise a new one.',
        correct: true,
        explanation:
          'One request per environment at a time, so two requests in flight need two environments; a new one means a cold start.',
      },
    ],
  },
  {
    question:
      'An API receives 40 requests per second and each takes 250 ms on average. About how many requests are in flight at any moment?',
    options: [
      {
        text: '10',
        correct: true,
        explanation:
          'Little’s law: 40 requests per second × 0.25 seconds = 10 requests in flight on average.',
      },
      {
        text: '160',
        explanation: 'That divides 40 by 0.25 instead of multiplying. Convert 250 ms to 0.25 s and multiply.',
      },
      {
        text: '10,000',
        explanation:
          'That multiplies by 250 without converting milliseconds to seconds. Concurrency = rate × duration in seconds.',
      },
      {
        text: '40',
        explanation: 'That would be true only if every request took exactly one second.',
      },
    ],
  },
  {
    question:
      'Your account may run 1,000 requests at once, and a function’s requests take 2 seconds. What is the highest steady request rate it can sustain?',
    options: [
      {
        text: '2,000 requests per second',
        explanation:
          'That multiplies the limit by the duration. Run Little’s law backwards: rate = concurrency ÷ duration.',
      },
      {
        text: '500 requests per second',
        correct: true,
        explanation:
          'Rate = concurrency ÷ duration = 1,000 ÷ 2 s = 500 requests per second, and in practice a little less so that random peaks fit.',
      },
      {
        text: '1,000 requests per second',
        explanation:
          'Only if each request took one second. Longer requests hold their environment longer, so fewer fit per second.',
      },
    ],
  },
  {
    question:
      'The same 1,000 requests arrive either all in the same second or spread evenly over 10 minutes (100 ms each). Which is true?',
    options: [
      {
        text: 'Both need about 1,000 environments, because the number of requests is the same.',
        explanation:
          'The number of environments follows how many requests overlap, not how many there are in total. Spread out, they hardly overlap.',
      },
      {
        text: 'All at once needs about 1,000 environments; spread out, a handful of environments serve them all.',
        correct: true,
        explanation:
          'At once, every request overlaps every other. Spread over 10 minutes, about 0.17 requests are in flight on average (1.67/s × 0.1 s), so a few environments are re-used over and over.',
      },
      {
        text: 'Spread out needs more environments, because each one is reclaimed between requests.',
        explanation:
          'Environments stay idle for minutes before being reclaimed, far longer than the 0.6 s between requests here.',
      },
    ],
  },
] satisfies Quiz;
