import type { Official } from '../../schema/index.js';
import { contextOf, segmentAt, type ArticleContext, type ContextOptions } from '../context/index.js';

export type OfficialOptions = Pick<ContextOptions, 'deadline'>;

const BYLINE = /(?:^|\n)\s*(?:by|words by|reporting by|written by)\s+$/i;
const CREDIT = /\b(?:image|photo|picture|credit|photograph(?:er)?|illustration)\s*[:,]?\s*$/i;

/**
 * A caption left in the text: a line of capitalised words only, up to twelve, with no sentence end
 * ('Eastmoor Police Chief Constable Jane Roe'). A person named only in captions is pictured, not reported on.
 */
const CAPTION_LINE = /^\p{Lu}[\p{L}’'.-]*(?:\s+(?:\p{Lu}[\p{L}’'.-]*|of|the|and|for|in|at|&)){1,11}$/u;

/**
 * Named people acting in a public role: someone the article gives a role, or an office-holding
 * title (Cllr, MP). Bylines, photo credits and captions name people who are not part of the story.
 */
export function extractOfficials(input: string | ArticleContext, options: OfficialOptions = {}): Official[] {
  const ctx = contextOf(input, options);
  const { body } = ctx;
  const { council } = ctx.organisations;
  const captionLike = (m: { start: number }) => {
    const p = segmentAt(ctx.paragraphs, m.start);
    return !!p && CAPTION_LINE.test(body.slice(p.start, p.end).trim());
  };
  return ctx.people
    .filter((p) => p.roles.length > 0 || p.officialHonorific)
    .filter((p) => !p.mentions.every((m) => BYLINE.test(body.slice(Math.max(0, m.start - 20), m.start)) || CREDIT.test(body.slice(Math.max(0, m.start - 20), m.start)) || captionLike(m)))
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
