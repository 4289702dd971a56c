import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ABBREVIATION_GROUPS } from '../../src/vocabulary/abbreviations.js';
import { HONORIFIC_GROUPS } from '../../src/vocabulary/honorifics.js';
import { datesNoEventAt, MONTHS, WEEKDAYS } from '../../src/vocabulary/calendar.js';
import { TRIGGERS } from '../../src/extract/events/triggers.js';
import { COMPLEMENT_STOP } from '../../src/extract/people/vocabulary.js';
import { CUE_FORMS } from '../../src/vocabulary/cueVerbs.js';
import { ROLE_HEAD_GROUPS, ROLE_MODIFIER_GROUPS } from '../../src/vocabulary/roles.js';
import { NICKNAME_GROUPS } from '../../src/vocabulary/givenNames.js';
import { CLAUSE_WORD_GROUPS } from '../../src/vocabulary/clauses.js';
import { ASSESSORS } from '../../src/vocabulary/assessors.js';
import { BODY_KINDS, KIND_WORDS, PLACE_KINDS, POSTS_OF_KIND, kindOf } from '../../src/vocabulary/bodies.js';
import { SIEVES } from '../../src/extract/quotes/sieves.js';
import { PATTERNS } from '../../src/extract/ratings/index.js';
import { WORD_SCALES } from '../../src/extract/ratings/scales.js';
import { extractArticle } from '../../src/pipeline/index.js';

const here = dirname(fileURLToPath(import.meta.url));

/** The shared tables: every entry says why it is there, and no word sits in two entries of one concept. */
describe('one vocabulary, with reasons', () => {
  const tables = {
    months: MONTHS.map((e) => ({ words: e.words, reason: e.reason })),
    weekdays: WEEKDAYS.map((e) => ({ words: e.words, reason: e.reason })),
    abbreviations: ABBREVIATION_GROUPS,
    'posts of a kind of body': POSTS_OF_KIND.map((e) => ({ words: e.posts, reason: e.reason })),
    honorifics: HONORIFIC_GROUPS.map((g) => ({ words: g.entries.map((h) => h.text), reason: g.reason })),
    'event triggers': TRIGGERS.map((t) => ({ words: [t.pattern.source], reason: t.reason })),
    'role heads': ROLE_HEAD_GROUPS,
    'role modifiers': ROLE_MODIFIER_GROUPS,
    'given-name short forms': NICKNAME_GROUPS.map((g) => ({ words: Object.keys(g.forms), reason: g.reason })),
    'clause words': Object.values(CLAUSE_WORD_GROUPS),
    'attribution sieves': SIEVES.map((v, k) => ({ words: [`${v.name}#${k}`], reason: v.reason })),
    'rating patterns': PATTERNS.map((p) => ({ words: [p.id], reason: p.reason })),
    'body kinds': BODY_KINDS.map((k) => ({ words: [k.kind], reason: k.reason })),
    'words of a body’s kind': KIND_WORDS,
    'kinds of place': PLACE_KINDS.map((p) => ({ words: [p.tag], reason: p.reason })),
  };

  it.each(Object.entries(tables))('%s: every entry has a reason', (_, entries) => {
    for (const e of entries) expect(e.reason?.trim(), e.words.join(', ')).toBeTruthy();
  });

  it.each(Object.entries(tables))('%s: no word in two entries', (_, entries) => {
    const seen = new Map<string, number>();
    entries.forEach((e, k) => {
      for (const w of e.words.map((x) => x.toLowerCase())) {
        expect(seen.get(w) ?? k, `'${w}' in two entries`).toBe(k);
        seen.set(w, k);
      }
    });
  });

  it('a cue verb of the quote table ends a role’s complement (one table, read by people and quotes)', () => {
    expect(CUE_FORMS.has('insisted') && COMPLEMENT_STOP.has('insisted')).toBe(true);
    const record = extractArticle('Jane Hollis, chief executive of the trust insisted the plan was sound after the meeting on Monday.', { id: 't' });
    expect(record.officials.map((o) => [o.name, o.roles])).toEqual([['Jane Hollis', ['chief executive of the trust']]]);
  });

  it('tells a body’s kind by the words of its name, the more specific entry first', () => {
    expect(kindOf('Northvale Ambulance Service NHS Foundation Trust')).toBe('ambulance service');
    expect(kindOf('Westshire County Council children’s services')).toBe('council');
    expect(kindOf('Harrowby Grammar School')).toBe('school');
    expect(kindOf('Kelby Learning Trust')).toBe('academy trust');
    expect(kindOf('Pellham Academy Trust')).toBe('academy trust');
    expect(kindOf('Pellham Academy')).toBe('school');
    expect(kindOf('Northvale Police')).toBe('police force');
    // (a county's court is a court, not the county's council)
    expect(kindOf('Kelby County Superior Court')).toBe('court');
    expect(kindOf('Kelby County Council')).toBe('council');
    expect(kindOf('Harrowby')).toBe('other');
    // a one-word place by what the lexicon says of it
    expect(kindOf('Harrowby', (w) => (w === 'Harrowby' ? ['Region', 'ProperNoun'] : []))).toBe('region');
  });

  it('a trigger’s gate holds wherever its pattern matches (a gate only spares searches, it never drops a match)', () => {
    const dirs = [join(here, '../../fixtures/articles'), join(here, '../../../shared/corpus/dev/articles')].filter(existsSync);
    // (and on the examples each entry's reason quotes)
    const examples = TRIGGERS.flatMap((t) => t.reason.split('\'').filter((_, k) => k % 2 === 1));
    const texts = [...dirs.flatMap((d) => readdirSync(d).map((f) => readFileSync(join(d, f), 'utf8'))), ...examples];
    let checked = 0;
    for (const t of TRIGGERS.filter((x) => x.gate)) {
      const pattern = new RegExp(t.pattern.source, t.pattern.flags);
      // (the gate is tested on the span searched, a sentence: a match's lookahead reaches past its words)
      const sentenceOf = (text: string, at: number) => text.slice(text.lastIndexOf('.', at) + 1, text.indexOf('.', at) < 0 ? text.length : text.indexOf('.', at));
      for (const text of texts) for (const m of text.matchAll(pattern)) { checked++; expect(t.gate!.test(sentenceOf(text, m.index)), `${t.type} ‘${m[0]}’`).toBe(true); }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('a rating scale reads its awarding body’s names from the assessors table (one list of inspectorates)', () => {
    for (const scale of WORD_SCALES) {
      for (const a of ASSESSORS.filter((x) => x.scale === scale.id)) expect(scale.cue.source, `${scale.id} knows ${a.name}`).toContain(a.pattern.source);
    }
  });
});

describe('dates that date no event', () => {
  const at = (text: string, date: string) => datesNoEventAt(text, text.indexOf(date));
  it('are the day something began to exist, a debt falls due or a budget’s year, however the words before them are spaced or cased', () => {
    expect(at('The Kelby depot, which opened in 1868, is to close.', '1868')).toBe(true);
    expect(at('Its notes maturing in 2040 were affirmed.', '2040')).toBe(true);
    expect(at('The board set its budget for FY2026 on Monday.', '2026')).toBe(true);
    expect(at('The plan for Fiscal  2026 was approved.', '2026')).toBe(true);
  });
  it('are not the day of a meeting, an inspection or a report', () => {
    expect(at('The committee met on 5 May to consider the report.', '5 May')).toBe(false);
    expect(at('Inspectors visited in March 2024.', 'March 2024')).toBe(false);
    expect(at('The fund was opened by the mayor in 2019.', '2019')).toBe(false);
  });
});
