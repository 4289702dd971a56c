import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeBytes, detectFormat, ingest } from '../../src/ingest/index.js';

describe('decodeBytes', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeBytes(Buffer.from('children’s services', 'utf8'))).toEqual({ text: 'children’s services', encoding: 'utf-8' });
    expect(decodeBytes(Buffer.from('\uFEFFOfsted', 'utf8')).text).toBe('Ofsted');
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Cllr Lee said “yes”', 'utf16le')]);
    expect(decodeBytes(le)).toEqual({ text: 'Cllr Lee said “yes”', encoding: 'utf-16le' });
  });

  it('falls back to windows-1252, including its curly quotes and dashes', () => {
    const bytes = Buffer.from([0x93, 0x68, 0x69, 0x94, 0x20, 0x96, 0x20, 0xa3, 0x35]);
    expect(decodeBytes(bytes)).toEqual({ text: '“hi” – £5', encoding: 'windows-1252' });
  });

  it('follows the charset an HTML page declares', () => {
    const page = Buffer.concat([Buffer.from('<html><head><meta charset="iso-8859-2"></head><body><p>'), Buffer.from([0xa3, 0xf3, 0x64, 0xbc]), Buffer.from('</p></body></html>')]);
    expect(decodeBytes(page).text).toContain('Łódź');
  });

  it('refuses empty and binary input with a reason', () => {
    expect(() => decodeBytes(new Uint8Array())).toThrow(/empty file/);
    expect(() => decodeBytes(Buffer.from('%PDF-1.4\n\0\0\x01binary'))).toThrow(/binary/);
  });
});

describe('ingest', () => {
  it('tells HTML from text by extension and by content', () => {
    expect(detectFormat('plain words', 'a.html')).toBe('html');
    expect(detectFormat('<!DOCTYPE html><html><body></body></html>')).toBe('html');
    expect(detectFormat('He said <b> is bold in HTML.')).toBe('text');
  });

  it('unpacks .html.gz and reports a corrupt archive', () => {
    const page = '<html><body><article><p>The council’s chief executive said the budget was balanced after months of work.</p><p>Councillors approved it on Tuesday evening after a long debate.</p></article></body></html>';
    expect(ingest(gzipSync(page), 'page.html.gz').format).toBe('html');
    expect(() => ingest(Buffer.from([0x1f, 0x8b, 1, 2, 3]), 'page.html.gz')).toThrow(/corrupt gzip/);
  });
});
