import type { Official } from '../../schema/index.js';
import { contextOf, type ArticleContext, type ContextOptions } from '../context/index.js';

export type OfficialOptions = Pick<ContextOptions, 'deadline'>;

const BYLINE = /(?:^|\n)\s*(?:by|words by|reporting by|written by)\s+$/i;
const CREDIT = /\b(?:image|photo|picture|credit|photograph(?:er)?|illustration)\s*[:,]?\s*$/i;

/**
 * Named people acting in a public role: someone the article gives a role, or an office-holding
 * title (Cllr, MP). Bylines and photo credits name people who are not part of the story.
 */
export function extractOfficials(input: string | ArticleContext, options: OfficialOptions = {}): Official[] {
  const ctx = contextOf(input, options);
  const { body } = ctx;
  const { council } = ctx.organisations;
  return ctx.people
    .filter((p) => p.roles.length > 0 || p.officialHonorific)
    .filter((p) => !p.mentions.every((m) => BYLINE.test(body.slice(Math.max(0, m.start - 20), m.start)) || CREDIT.test(body.slice(Math.max(0, m.start - 20), m.start))))
    .map((p) => ({
      name: p.name,
      honorific: p.honorific,
      roles: p.roles,
      organization: resolveOrganisation(p.organization, p.roles, council),
      mentions: p.mentions,
      rule: p.roleRule ?? 'title',
    }));
}

/** 'the council' ('the council's chief executive', 'Council leader') is the council the article is about. */
function resolveOrganisation(organization: string | null, roles: readonly string[], council: string | null): string | null {
  if (organization && /^the (?:council|local authority|authority)$/i.test(organization)) return council ?? organization;
  if (!organization && council && roles.some((r) => /\bcouncil\b/i.test(r))) return council;
  return organization;
}
