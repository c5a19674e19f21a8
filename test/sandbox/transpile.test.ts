import { describe, expect, it } from 'vitest';
import { LearnerSyntaxError, offsetToPosition, transpile } from '../../src/sandbox/transpile.ts';

describe('transpile', () => {
  it('strips types and turns the simulator import into require', () => {
    const { code } = transpile(
      "import { simulate } from '@lab/sim';\nconst n: number = 1;\nexport default simulate;\n",
    );
    expect(code).toContain("require('@lab/sim')");
    expect(code).not.toContain(': number');
    expect(code).toContain('exports. default = _sim.simulate');
  });

  it('keeps every line on its line', () => {
    const source =
      "import { simulate } from '@lab/sim';\ninterface A { x: number }\ntype B = A;\nconst x = 1;\n";
    expect(transpile(source).code.split('\n')).toHaveLength(source.split('\n').length);
  });

  it('maps a column shifted by the import rewrite back to the TypeScript', () => {
    const source = "import { simulate } from '@lab/sim';\nconst r = simulate({ seed: 1 } as never);\n";
    const compiled = transpile(source);
    const line2 = compiled.code.split('\n')[1] ?? '';
    const generatedColumn = line2.indexOf('seed') + 1;
    expect(generatedColumn).toBeGreaterThan(source.split('\n')[1]?.indexOf('seed') ?? 0);
    expect(compiled.toOriginal({ line: 2, column: generatedColumn })).toEqual({
      line: 2,
      column: (source.split('\n')[1]?.indexOf('seed') ?? 0) + 1,
    });
  });

  it('reports a syntax error at its line and column', () => {
    let error: unknown;
    try {
      transpile('const a = 1;\nconst b = (;\n');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LearnerSyntaxError);
    expect(error).toMatchObject({ line: 2, column: 12 });
  });

  it('converts offsets to 1-based positions', () => {
    expect(offsetToPosition('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(offsetToPosition('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
