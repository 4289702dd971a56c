import { TextDecoder } from 'node:util';
import { decodeWindows1252 } from './windows1252.js';
/**
 * Bytes to text. Order of evidence: a byte-order mark, then a charset the document declares
 * (HTML meta or XML prolog), then strict UTF-8, then windows-1252 (the encoding a scrape that is
 * "not UTF-8" most often is; it is a superset of latin-1's printable range).
 */
export interface Decoded {
  text: string;
  encoding: string;
}

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

const DECLARED_CHARSET = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w:.-]{1,40})/i;
const XML_ENCODING = /^<\?xml[^>]{0,100}?encoding\s*=\s*["']([\w:.-]{1,40})["']/i;

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new InputError('empty file');
  const bom = byteOrderMark(bytes);
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: bom.encoding };
  if (looksBinary(bytes)) throw new InputError('binary file (not text or HTML)');
  const head = latin1(bytes.subarray(0, 4096));
  const declared = (DECLARED_CHARSET.exec(head) ?? XML_ENCODING.exec(head))?.[1]?.toLowerCase();
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    const decoder = decoderFor(declared);
    if (decoder?.encoding === 'windows-1252') return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
    if (decoder) return { text: decoder.decode(bytes), encoding: decoder.encoding };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

function byteOrderMark(b: Uint8Array): { encoding: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null; // an unknown label in a meta tag is the page's mistake; fall through to UTF-8
  }
}

/** NUL bytes or many C0 control characters in the first 8 KB mean images, PDFs, archives. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return control / n > 0.05;
}

function latin1(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes);
}
