import type { Quiz } from '~/components/quiz/quiz.ts';

/** Knowledge check for lesson 1: the compute spectrum. */
export default [
  {
    question: 'Moving from virtual machines to functions, what do you stop managing yourself?',
    options: [
      {
        text: 'The operating system, its security patches, and how many servers are running.',
        correct: true,
        explanation:
          'With functions the provider runs, patches and scales the machines; you deploy code and its configuration.',
      },
      {
        text: 'Your code’s dependencies: Lambda installs the libraries your code imports.',
        explanation:
          'The misconception: that a managed runtime manages your libraries too. You still choose and package your dependencies: they ship in the zip (or image) with your code.',
      },
      {
        text: 'Nothing: you still patch the servers, only the billing model changes.',
        explanation:
          'The misconception: that functions are VMs with a different bill. The split of responsibility changes a lot: servers, OS and scaling move to the provider.',
      },
    ],
  },
  {
    question: 'Where does a Lambda function actually run?',
    options: [
      {
        text: 'In an execution environment inside a Firecracker microVM on an AWS server.',
        correct: true,
        explanation: 'Functions still run on real servers; the layers of isolation are just managed for you.',
      },
      {
        text: 'At the edge location nearest the caller, on a server shared by everyone nearby.',
        explanation:
          'The misconception: that “serverless” means “at the edge”. A Lambda function runs in the AWS Region you deploy it to (Lambda@Edge is a separate feature), in execution environments of its own.',
      },
      {
        text: 'In one big shared process that runs every customer’s code side by side.',
        explanation:
          'The misconception: that “serverless” means one shared machine. Each environment is isolated, and the virtual machines it runs in are never shared between accounts.',
      },
    ],
  },
  {
    question:
      'A service gets very little traffic most of the day. Why can functions cost less than an always-on VM?',
    options: [
      {
        text: 'Functions bill per request and run time, so idle hours cost almost nothing.',
        correct: true,
        explanation:
          'An always-on VM is paid by the hour whether it is busy or not; at low utilization most of that pays for idling.',
      },
      {
        text: 'Functions run the same code faster, so they are busy for fewer seconds.',
        explanation:
          'The misconception: that functions are faster computers. The same code takes about the same time. The saving comes from not paying for idle capacity.',
      },
      {
        text: 'Functions are always cheaper, whatever the traffic, because nothing runs when idle.',
        explanation:
          'The misconception: that paying per use always wins. Not so: under heavy steady load a well-used fleet can be cheaper. Lesson 7 finds the break-even point.',
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
