/** Letters of the Latin script (ASCII, Latin-1 and Latin Extended-A and -B), capitals and small letters of ASCII and Latin-1. */
const LATIN_CLASSES: Readonly<Record<string, string>> = { L: 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F', Lu: 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE', Ll: 'a-z\\u00DF-\\u00F6\\u00F8-\\u00FF' };

/** What only the 'u' flag reads: a property class other than the three above, or a code point escape. */
const UNICODE_ONLY = /\\[pP]\{(?!(?:L|Lu|Ll)\})|\\P\{|\\u\{/;

/**
 * A pattern without the Unicode flag, its letter classes (\p{L}, \p{Lu}, \p{Ll}) spelled out for the Latin script English news
 * is written in: V8 compiles a case-blind pattern with Unicode letter classes several times slower, and every thread pays that on
 * its first articles. A pattern that needs the flag for more is returned as it is.
 */
export function latin(pattern: RegExp): RegExp {
  if (!pattern.flags.includes('u') || UNICODE_ONLY.test(pattern.source)) return pattern;
  let out = '', inClass = false;
  const src = pattern.source;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    const cls = c === '\\' ? /^\\p\{(L|Lu|Ll)\}/.exec(src.slice(i)) : null;
    if (cls) { const ranges = LATIN_CLASSES[cls[1]!]!; out += inClass ? ranges : `[${ranges}]`; i += cls[0].length - 1; continue; }
    if (c === '\\') { out += c + (src[i + 1] ?? ''); i++; continue; }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return new RegExp(out, pattern.flags.replace('u', ''));
}
