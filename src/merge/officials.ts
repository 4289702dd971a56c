import type { Official, RegistryOfficial } from '../schema/index.js';
import { sameName } from '../extract/people/names.js';
import { normWord } from '../extract/context/tokens.js';

interface Entry { article: string; name: string; honorific: string | null; roles: string[]; organization: string | null }

/**
 * One record per person across the batch. Fullest names are placed first, so 'Jonathan Lester' is
 * the record that 'Lester' joins; a short name that fits two people joins neither.
 */
export function mergeOfficials(articles: ReadonlyArray<{ id: string; officials: ReadonlyArray<Omit<Official, 'mentions'>> }>): RegistryOfficial[] {
  const entries: Entry[] = articles.flatMap((a) => a.officials.map((o) => ({ article: a.id, name: o.name, honorific: o.honorific, roles: o.roles, organization: o.organization })));
  entries.sort((a, b) => b.name.split(/\s+/).length - a.name.split(/\s+/).length || cmp(a.name, b.name) || cmp(a.article, b.article));
  const groups: Entry[][] = [];
  // same person means same surname (see sameName), so only groups of that surname are compared
  const bySurname = new Map<string, Entry[][]>();
  for (const e of entries) {
    const surname = normWord(e.name.split(/\s+/).pop()!);
    const block = bySurname.get(surname) ?? [];
    bySurname.set(surname, block);
    const fits = block.filter((g) => sameName(g[0]!.name, e.name));
    // a name that fits several people ('Jones') gets one group of its own, not one per mention
    const target = fits.length === 1 ? fits[0] : fits.find((g) => normName(g[0]!.name) === normName(e.name));
    if (target) target.push(e);
    else {
      groups.push([e]);
      block.push(groups[groups.length - 1]!);
    }
  }
  return groups
    .map((g) => ({
      name: g[0]!.name,
      variants: [...new Set(g.map((e) => (e.honorific ? `${e.honorific} ${e.name}` : e.name)))].sort(),
      roles: dedupe(g.flatMap((e) => e.roles.map((role) => ({ role, organization: e.organization, article: e.article }))))
        .sort((a, b) => cmp(a.article, b.article) || cmp(a.role, b.role)),
      articles: [...new Set(g.map((e) => e.article))].sort(),
    }))
    .sort((a, b) => cmp(a.name, b.name));
}

const normName = (s: string) => s.split(/\s+/).map(normWord).join(' ');
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function dedupe<T extends { role: string; article: string }>(xs: T[]): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = `${x.article}|${x.role.toLowerCase()}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}
