// Reads `npm ci` output on stdin and prints it with npm's EBADENGINE warnings folded into one line.
//
// On a Node 20 machine npm checks every package's `engines` against the Node that runs npm itself (20), and has
// no setting to check them against the Node that runs the project (the pinned `node` devDependency, 24). So
// `npm ci` prints a five-line warning per package that wants Node ≥ 22. Those packages are fine: they run on
// Node 24. A package whose range the pinned Node does NOT satisfy is a real problem, and its warning is printed
// in full. Plain JavaScript so it runs on the system Node, after `npm ci` has installed `semver`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(`${process.cwd()}/package.json`);
const semver = require('semver');
const pinned = JSON.parse(readFileSync('node_modules/node/package.json', 'utf8')).version;

const input = readFileSync(0, 'utf8').split('\n');
const blocks = [];
const out = [];
for (let i = 0; i < input.length; i++) {
  if (!/^npm warn EBADENGINE Unsupported engine \{/.test(input[i])) {
    out.push(input[i]);
    continue;
  }
  const lines = [];
  while (i < input.length && input[i].startsWith('npm warn EBADENGINE')) {
    lines.push(input[i]);
    if (/^npm warn EBADENGINE \}$/.test(input[i])) break;
    i++;
  }
  const text = lines.join('\n');
  blocks.push({
    text,
    name: /package: '([^']+)'/.exec(text)?.[1] ?? '?',
    range: /required: \{ node: '([^']+)'/.exec(text)?.[1],
  });
}

const real = blocks.filter((b) => !b.range || !semver.satisfies(pinned, b.range));
const fine = blocks.filter((b) => !real.includes(b));
process.stdout.write(out.join('\n'));
if (fine.length) {
  console.log(
    `npm warn EBADENGINE ×${fine.length} folded: ${fine.map((b) => b.name).join(', ')} want a newer Node than ` +
      `the system's ${process.version}; they run on the pinned Node ${pinned}, which satisfies them.`,
  );
}
for (const b of real) console.log(`${b.text}\n(the pinned Node ${pinned} does not satisfy this either)`);
