import type { Body, Event } from '../schema/index.js';
import { compareDates } from '../extract/dates/compare.js';
import { kindOf } from '../vocabulary/bodies.js';
import { lexiconTags } from '../extract/shared/lexicon.js';
import { byUse, type ReportedEvent } from './events.js';

/**
 * The registry of bodies: one per subject key the batch's events share, named as its reports name it
 * most (the other names are its variants), with its kind, its events in date order and the grades
 * they gave. Built from the merged events and the reports they gathered, so it agrees with events.json.
 */
export function mergeBodies(events: readonly Event[], reported: readonly ReportedEvent[]): Body[] {
  const names = new Map<string, Map<string, number>>();
  for (const e of reported) {
    const tally = names.get(e.subject.key) ?? new Map<string, number>();
    tally.set(e.subject.label, (tally.get(e.subject.label) ?? 0) + 1);
    names.set(e.subject.key, tally);
  }
  const theirs = new Map<string, Event[]>();
  for (const e of [...events].sort(byDate)) theirs.set(e.body, [...(theirs.get(e.body) ?? []), e]);
  return [...theirs].map(([id, own]): Body => {
    const [name, ...variants] = byUse(names.get(id) ?? new Map([[own[0]!.subject, 1]]));
    return {
      id, name: name!, variants: variants.sort(cmp), kind: [name!, ...variants].map((n) => kindOf(n, lexiconTags)).find((k) => k !== 'other') ?? 'other',
      events: own.map((e) => e.id),
      grades: own.flatMap((e) => e.ratings.map((r) => ({ event: e.id, date: e.date, value: r.value, previous: r.previous, scale: r.scale }))),
    };
  }).sort((a, b) => cmp(a.name, b.name) || cmp(a.id, b.id));
}

/** Dated events first, in date order (a year-less date cannot be placed among them), then by id. */
export function byDate(a: Pick<Event, 'date' | 'id'>, b: Pick<Event, 'date' | 'id'>): number {
  const known = (e: Pick<Event, 'date'>) => (e.date !== null && /^\d{4}/.test(e.date) ? 0 : 1);
  return known(a) - known(b) || compareDates(a.date ?? '', b.date ?? '') || cmp(a.id, b.id);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
