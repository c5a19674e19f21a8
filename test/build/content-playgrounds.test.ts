import { describe, expect, it } from 'vitest';
import { checkPlaygroundTags } from '~/build/content-playgrounds.ts';

const FILE = 'content/lessons/09-async/index.mdx';
const preset = { functions: [] };
const claim = {
  sentence: 'Async keeps what sync drops.',
  matters: [],
  shows: [{ side: 'a', path: 'dropped' }],
};

describe('checkPlaygroundTags', () => {
  it('accepts a playground whose props name exports, with a claim', () => {
    const mdx = '<SimPlayground id="l9" scenario={burst} compare={burstAsync} claim={burstClaim} />';
    expect(checkPlaygroundTags(FILE, mdx, { burst: preset, burstAsync: preset, burstClaim: claim })).toEqual(
      [],
    );
  });

  it('names a misspelled preset, the playground and the exports there are', () => {
    const mdx = '<SimPlayground\n  id="l9"\n  scenario={burts}\n  claim={burstClaim}\n/>';
    const [problem, ...rest] = checkPlaygroundTags(FILE, mdx, { burst: preset, burstClaim: claim });
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      file: FILE,
      where: '<SimPlayground id="l9">',
      message: 'scenario={burts} is not exported by playground.ts',
    });
    expect(problem?.fix).toMatch(/exports: burst, burstClaim/);
  });

  it('names a playground without a claim and says how to write one', () => {
    const [problem] = checkPlaygroundTags(FILE, '<SimPlayground id="l9" scenario={burst} />', {
      burst: preset,
    });
    expect(problem?.message).toMatch(/has no claim/);
    expect(problem?.fix).toMatch(/satisfies PlaygroundClaim/);
  });

  it('names a claim without the checks that prove it', () => {
    const mdx = '<SimPlayground id="l9" scenario={burst} claim={c} />';
    const [problem] = checkPlaygroundTags(FILE, mdx, { burst: preset, c: { sentence: 'x', matters: [] } });
    expect(problem?.message).toMatch(/^claim=\{c\} has no `shows` checks/);
  });
});
