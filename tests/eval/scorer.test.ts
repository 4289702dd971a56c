import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, formatReport } from '../../src/eval/index.js';
import { tempDir } from '../pipeline/helpers.js';

/** A gold folder and an output folder for one article, written from the given objects. */
function setup(gold: object, record: object, batch: { events?: object[]; eventsOut?: object[]; officials?: string[]; officialsOut?: object[] } = {}) {
  const root = tempDir('eval');
  const goldDir = path.join(root, 'gold'), articlesDir = path.join(root, 'articles'), outDir = path.join(root, 'out');
  for (const d of [goldDir, articlesDir, path.join(outDir, 'articles')]) mkdirSync(d, { recursive: true });
  writeFileSync(path.join(goldDir, 'a.json'), JSON.stringify({ id: 'a', ...gold }));
  writeFileSync(path.join(articlesDir, 'a.txt'), 'Headline here\nThe council met on 3 March 2024.\nAdvertisement');
  writeFileSync(path.join(outDir, 'articles', 'a.json'), JSON.stringify(record));
  if (batch.events) writeFileSync(path.join(goldDir, 'events.json'), JSON.stringify(batch.events));
  if (batch.officials) writeFileSync(path.join(goldDir, 'officials.json'), JSON.stringify(batch.officials));
  writeFileSync(path.join(outDir, 'events.json'), JSON.stringify(batch.eventsOut ?? []));
  writeFileSync(path.join(outDir, 'officials.json'), JSON.stringify(batch.officialsOut ?? []));
  return evaluate({ goldDir, outDir });
}

describe('evaluate', () => {
  it('scores dates by text, then their values', () => {
    const gold = { dates: [{ text: '3 March 2024', value: '2024-03-03' }, { text: 'Monday', value: '2024-03-04' }] };
    const r = setup(gold, { body: 'x', dates: [{ text: '3 March 2024', value: '2024-03-03' }, { text: 'Tuesday', value: null }] });
    expect(r.headline.datesF1).toBe(0.5); // one of two found, one of two right
    expect(r.problems).toContain('a: date missed "Monday"');
    expect(r.problems).toContain('a: date spurious "Tuesday"');
  });

  it('counts the body tokens and every boilerplate line left in', () => {
    const r = setup({ title: 'Headline here', boilerplate: ['Advertisement'] }, { title: 'Headline here', body: 'The council met on 3 March 2024.\n\nAdvertisement' });
    expect(r.headline.boiler).toBe(0);
    expect(r.headline.title).toBe(1);
    expect(r.problems).toContain('a: boilerplate kept "advertisement"');
  });

  it('matches quotes at token F1 0.8 and checks the speaker, ignoring optional ones', () => {
    const gold = { quotes: [{ text: 'we will balance the budget this year', speaker: 'Ann Lee' }, { text: 'Forum', speaker: null, optional: true }] };
    const r = setup(gold, { body: 'x', quotes: [{ text: 'We will balance the budget this year.', speaker: 'Cllr Ann Lee' }, { text: 'Forum', speaker: null }] });
    expect(r.headline).toMatchObject({ quotesF1: 1, attrib: 1 });
  });

  it('finds a split event and a spurious one, and duplicates in the registry', () => {
    const events = [{ id: 'e1', type: 'inspection', date: '2024-03', ratings: ['Good'], sources: ['a'] }];
    const eventsOut = [
      { type: 'inspection', date: '2024-03', ratings: [{ value: 'Good' }], sources: [{ article: 'a' }] },
      { type: 'inspection', date: '2024-03-03', ratings: [], sources: [{ article: 'a' }] },
      { type: 'meeting', date: '2023-01-01', sources: [{ article: 'a' }] },
    ];
    const r = setup({}, { body: 'x' }, { events, eventsOut, officials: ['Ann Lee'], officialsOut: [{ name: 'Ann Lee' }, { name: 'Cllr Ann Lee' }, { name: 'Bob Roe' }] });
    expect(r.summary.events).toMatchObject({ found: 1, duplicates: 1, spurious: 1 });
    expect(r.headline.eventF1).toBe(0.5);
    expect(r.summary.registry).toMatchObject({ found: 1, duplicates: 1, extra: 1 });
    expect(formatReport(r, { problems: true })).toContain('  - event e1 split into 2 records');
  });

  it('names the gold file that does not follow the format', () => {
    expect(() => setup({ dates: [{ value: '2024' }] }, { body: 'x' })).toThrow(/a\.json does not follow GOLD_FORMAT\.md: dates\.0\.text/);
  });
});
