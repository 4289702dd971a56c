import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Fingerprint of what shapes a record: the version, every module's code without its comments and
 * every data file (the lexicon, say). A record made by other code or other data is stale, even if
 * nobody bumped the version; editing a comment leaves records as they are.
 */
export function pipelineFingerprint(dir: string, version: string): string {
  const hash = createHash('sha256').update(version).update('\0');
  for (const f of shapingFiles(dir)) {
    const content = readFileSync(path.join(dir, f), 'utf8');
    hash.update(f.replaceAll('\\', '/')).update('\0').update(f.endsWith('.json') ? content : stripComments(content)).update('\0');
  }
  return `${version}+${hash.digest('hex').slice(0, 12)}`;
}

/** Modules (compiled or source) and data files below dir, sorted; the command line, the evaluator and the outputs (report, database) do not shape records. */
function shapingFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(?:js|ts|json)$/.test(f) && !f.endsWith('.d.ts') && !/^(?:cli|eval|outputs)[\\/]/.test(f))
    .sort();
}

/** After these, a '/' starts a regular expression; after a name, a number or a closing bracket it divides. */
const OPERAND_EXPECTED = new Set('(,=:[!&|?{};+-*%<>~^'.split(''));
const KEYWORD_BEFORE_OPERAND = /(?:^|[^\w$])(?:return|typeof|case|do|else|in|of|instanceof|new|delete|void|throw|yield|await)$/;
const SPACE = /\s/;
/** Where the scanner acts; everything between is code, copied as it is (a single space too: most spaces are). */
const SIGNIFICANT = /[^\S ]| {2}|["'`/{}]/g;

/**
 * JavaScript or TypeScript source without comments, each run of whitespace and comments made one
 * space. Strings, template literals and regular-expression literals are kept whole, so that a '//'
 * inside them is not taken for a comment.
 */
export function stripComments(code: string): string {
  const parts: string[] = [];
  let from = 0; // start of the code not yet copied
  let gap = false; // whitespace or a comment since the last part
  // for each template literal whose `${ … }` is open, how many '{' are open inside it
  const templates: number[] = [];
  const keep = (end: number) => {
    let a = from, b = end;
    while (a < b && code[a] === ' ') a++;
    while (b > a && code[b - 1] === ' ') b--;
    if (a > from) gap = true;
    if (b > a) {
      if (gap && parts.length) parts.push(' ');
      parts.push(code.slice(a, b));
      gap = b < end;
    }
    from = end;
  };
  const skip = (end: number) => { gap = true; from = end; };
  const regexAllowed = (at: number) => {
    let j = at - 1;
    while (j >= 0 && SPACE.test(code[j]!)) j--;
    return j < 0 || OPERAND_EXPECTED.has(code[j]!) || KEYWORD_BEFORE_OPERAND.test(code.slice(Math.max(0, j - 11), j + 1));
  };
  /** The end of a string or regex literal opened at i: escapes and (for regexes) character classes included. */
  const literalEnd = (i: number, close: string, regex: boolean) => {
    let j = i + 1, inClass = false;
    for (; j < code.length; j++) {
      const c = code[j];
      if (c === '\\') j++;
      else if (regex && c === '[') inClass = true;
      else if (regex && c === ']') inClass = false;
      else if ((c === close && !inClass) || (c === '\n' && close !== '`')) break;
    }
    j++;
    if (regex) while (j < code.length && /[a-z]/i.test(code[j]!)) j++;
    return j;
  };
  /** The end of template text from i: after its closing backtick, or after a `${` (then open). */
  const templateEnd = (i: number) => {
    for (let j = i; j < code.length; j++) {
      if (code[j] === '\\') j++;
      else if (code[j] === '`') return j + 1;
      else if (code[j] === '$' && code[j + 1] === '{') { templates.push(0); return j + 2; }
    }
    return code.length;
  };
  let i = 0;
  while (i < code.length) {
    SIGNIFICANT.lastIndex = i;
    if (!SIGNIFICANT.exec(code)) break;
    i = SIGNIFICANT.lastIndex - 1;
    const c = code[i]!, next = code[i + 1];
    if (c === '/' && (next === '/' || next === '*')) {
      keep(i);
      const end = next === '/' ? code.indexOf('\n', i) : code.indexOf('*/', i + 2) + 2;
      i = end < 2 ? code.length : end;
      skip(i);
    } else if (SPACE.test(c)) {
      keep(i);
      while (i < code.length && SPACE.test(code[i]!)) i++;
      skip(i);
    } else if (c === '"' || c === "'" || (c === '/' && regexAllowed(i))) {
      i = literalEnd(i, c, c === '/');
    } else if (c === '`' || (c === '}' && templates.length && templates[templates.length - 1] === 0)) {
      if (c === '}') templates.pop();
      i = templateEnd(i + 1);
    } else {
      if (templates.length && c === '{') templates[templates.length - 1]!++;
      if (templates.length && c === '}') templates[templates.length - 1]!--;
      i++;
    }
  }
  keep(code.length);
  return parts.join('');
}
