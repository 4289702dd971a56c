import { contextOf, type ArticleContext, type ContextOptions } from '../context/index.js';
import type { Person } from './find.js';

export type { Person, PersonMention } from './find.js';
export type PeopleOptions = Pick<ContextOptions, 'deadline'>;

/** People named in the body (or the context's, found once per article). */
export function findPeople(input: string | ArticleContext, options: PeopleOptions = {}): readonly Person[] {
  return contextOf(input, options).people;
}
