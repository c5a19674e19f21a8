import type { Quiz } from '~/components/quiz/quiz.ts';

/** Knowledge check for lesson 1: the compute spectrum. */
export default [
  {
    question: 'Moving from virtual machines to functions, what do you stop managing yourself?',
    options: [
      {
        text: 'The operating system, its patches, and how many servers are running.',
        correct: true,
        explanation:
          'With functions the provider runs, patches and scales the machines; you deploy code and its configuration.',
      },
      {
        text: 'Your code’s dependencies.',
        explanation:
          'You still choose and package your dependencies: they ship in the zip (or image) with your code.',
      },
      {
        text: 'Nothing changes; only the billing is different.',
        explanation:
          'The split of responsibility changes a lot: servers, OS and scaling move to the provider.',
      },
    ],
  },
  {
    question: 'Where does a Lambda function actually run?',
    options: [
      {
        text: 'In an execution environment inside a lightweight virtual machine (Firecracker) on a server in an AWS data center.',
        correct: true,
        explanation: 'Functions still run on real servers; the layers of isolation are just managed for you.',
      },
      {
        text: 'Directly in the caller’s browser.',
        explanation: 'The code runs in AWS’s data centers; the browser only sends a request.',
      },
      {
        text: 'On one big shared server that runs every customer’s code in the same process.',
        explanation:
          'Each environment is isolated, and the virtual machines it runs in are never shared between accounts.',
      },
    ],
  },
  {
    question:
      'A service gets very little traffic most of the day. Why can functions cost less than an always-on VM?',
    options: [
      {
        text: 'Functions are billed for requests and the time they run, so idle hours cost almost nothing.',
        correct: true,
        explanation:
          'An always-on VM is paid by the hour whether it is busy or not; at low utilization most of that pays for idling.',
      },
      {
        text: 'Functions run code faster than VMs.',
        explanation:
          'The same code takes about the same time. The saving comes from not paying for idle capacity.',
      },
      {
        text: 'Functions are always cheaper, whatever the traffic.',
        explanation:
          'Not so: under heavy steady load a well-used fleet can be cheaper. Lesson 7 finds the break-even point.',
      },
    ],
  },
  {
    question: 'What do you deploy when you deploy a function as a zip archive?',
    options: [
      {
        text: 'Your code and the libraries it imports, packaged together.',
        correct: true,
        explanation:
          'Lambda supplies the runtime (for example Node.js); everything your code imports beyond it travels in the archive.',
      },
      {
        text: 'A full operating system image with your code inside.',
        explanation: 'That is closer to a VM image. A zip holds only your code and its dependencies.',
      },
      {
        text: 'Only your source files; Lambda installs dependencies when the function starts.',
        explanation:
          'Lambda does not install packages for you: beyond what the runtime itself provides, what is not in the archive (or a layer) is not there.',
      },
    ],
  },
] satisfies Quiz;
