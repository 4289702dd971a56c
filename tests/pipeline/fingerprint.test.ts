import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pipelineFingerprint, stripComments } from '../../src/fingerprint.js';
import { ROOT, tempDir } from './helpers.js';

describe('stripComments', () => {
  it.each([
    ['line and block comments go, whitespace runs become one space', 'let a = 1; // one\n\n  /* two */ let b = 2;', 'let a = 1; let b = 2;'],
    ['a comment marker inside a string stays', 'const url = "http://x"; // c', 'const url = "http://x";'],
    ['a regex literal is kept whole, a division is not a regex', 'x = /[/*]+\\//g.test(y) / 2; // c', 'x = /[/*]+\\//g.test(y) / 2;'],
    ['a regex after a keyword', 'return /a\\/\\/b/.test(s); /* c */', 'return /a\\/\\/b/.test(s);'],
    ['template literals with nested expressions and templates', 'f(`a // ${ {b: 1}.b } ${`/* in */`}`); // c', 'f(`a // ${ {b: 1}.b } ${`/* in */`}`);'],
    ['a trailing comment leaves no trace', 'x = 1; // note\ny = 2;', 'x = 1; y = 2;'],
  ])('%s', (_case, code, expected) => {
    expect(stripComments(code)).toBe(expected);
  });

  it('keeps what code differs by', () => {
    expect(stripComments('a = "x  y";')).not.toBe(stripComments('a = "x y";'));
    expect(stripComments('a = b - c;')).not.toBe(stripComments('a = b + c;'));
  });
});

describe('pipelineFingerprint of the built package', () => {
  const copy = () => {
    const dir = tempDir('fingerprint');
    cpSync(path.join(ROOT, 'dist'), dir, { recursive: true });
    return dir;
  };
  const edit = (file: string, f: (text: string) => string) => {
    const text = readFileSync(file, 'utf8');
    const edited = f(text);
    expect(edited, `the edit of ${file} changed nothing`).not.toBe(text);
    writeFileSync(file, edited);
  };
  const base = copy();
  const before = pipelineFingerprint(base, '1.0.0');

  it('changes when a data file the extractors read changes (a given name leaves the lexicon)', () => {
    const dir = copy();
    edit(path.join(dir, 'extract/shared/lexicon.json'), (t) => t.replace(/"sarah":\s*"FemaleName",/, ''));
    expect(pipelineFingerprint(dir, '1.0.0')).not.toBe(before);
  });

  it('changes with the code and the version, not with a comment or the command line', () => {
    const comment = copy();
    edit(path.join(comment, 'extract/quotes/spans.js'), (t) => `// a note for readers\n${t.replace(/\/\*\*[^]*?\*\//, '/** reworded */')}`);
    expect(pipelineFingerprint(comment, '1.0.0')).toBe(before);
    const cli = copy();
    edit(path.join(cli, 'cli/main.js'), (t) => `${t}\nconsole.log(1);\n`);
    expect(pipelineFingerprint(cli, '1.0.0')).toBe(before);
    const code = copy();
    edit(path.join(code, 'extract/quotes/spans.js'), (t) => t.replace("'double'", "'single'"));
    expect(pipelineFingerprint(code, '1.0.0')).not.toBe(before);
    expect(pipelineFingerprint(base, '1.0.1')).not.toBe(before);
  });
});
