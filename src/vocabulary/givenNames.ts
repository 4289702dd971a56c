/**
 * Short forms of English given names, each with the formal name it stands for, grouped by why a
 * reader treats them as one: 'Jim Comey' and 'James B. Comey' are one person when the surnames
 * agree. Only forms that news writes for public figures; ambiguous ones (Al, Alex, Sam, Chris, Pat)
 * stand for the formal name most often meant and are listed where that holds.
 */
export const NICKNAME_GROUPS: ReadonlyArray<{ reason: string; forms: Readonly<Record<string, string>> }> = [
  { reason: 'English short forms of men’s names', forms: {
    jim: 'james', jimmy: 'james', bill: 'william', billy: 'william', will: 'william', bob: 'robert', bobby: 'robert',
    rob: 'robert', mike: 'michael', mick: 'michael', dick: 'richard', rick: 'richard', rich: 'richard', tom: 'thomas',
    tommy: 'thomas', joe: 'joseph', chuck: 'charles', charlie: 'charles', ted: 'edward', ed: 'edward', eddie: 'edward',
    tony: 'anthony', andy: 'andrew', dave: 'david', steve: 'stephen', nick: 'nicholas', matt: 'matthew', dan: 'daniel',
    danny: 'daniel', ben: 'benjamin', tim: 'timothy', ken: 'kenneth', larry: 'lawrence', greg: 'gregory', phil: 'philip',
    pete: 'peter', fred: 'frederick', ron: 'ronald', don: 'donald', jon: 'jonathan', jeff: 'jeffrey', geoff: 'geoffrey',
    jerry: 'gerald', ray: 'raymond', stan: 'stanley', vince: 'vincent', doug: 'douglas', gerry: 'gerald', terry: 'terence',
  } },
  { reason: 'English short forms of women’s names', forms: {
    liz: 'elizabeth', beth: 'elizabeth', betty: 'elizabeth', kate: 'katherine', katie: 'katherine', cathy: 'catherine',
    sue: 'susan', jenny: 'jennifer', jen: 'jennifer', debbie: 'deborah', deb: 'deborah', maggie: 'margaret',
    peggy: 'margaret', becky: 'rebecca', vicky: 'victoria', jackie: 'jacqueline', pam: 'pamela', barb: 'barbara',
    mandy: 'amanda', nicky: 'nicola', sandy: 'sandra', tricia: 'patricia', trish: 'patricia', val: 'valerie',
  } },
];

export const NICKNAMES: ReadonlyMap<string, string> = new Map(NICKNAME_GROUPS.flatMap((g) => Object.entries(g.forms)));
