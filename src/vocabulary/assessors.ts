/**
 * Bodies that grade, rate or report on others, with the names articles call them by. The context finds
 * them in a body (whose 'report' speaks, what an event is not about), and each rating scale reads its
 * awarding body's names from here, so that the two cannot drift apart.
 */
export interface Inspectorate {
  name: string;
  pattern: RegExp;
  /** The id of the rating scale it grades on (ratings/scales.ts), if it grades. */
  scale?: string;
}

export const INSPECTORATES: readonly Inspectorate[] = [
  { name: 'Ofsted', pattern: /\bOfsted\b|\bOffice for Standards in Education\b/g, scale: 'ofsted' },
  { name: 'CQC', pattern: /\bCQC\b|\bCare Quality Commission\b/g, scale: 'cqc' },
  { name: 'HMICFRS', pattern: /\bHMICFRS\b|\bHMIC\b|\bInspectorate of Constabulary(?: and Fire (?:&|and) Rescue Services)?\b/g, scale: 'hmicfrs' },
  { name: 'Estyn', pattern: /\bEstyn\b/g, scale: 'estyn' },
  { name: 'Care Inspectorate', pattern: /\bCare Inspectorate\b(?! Wales)/g, scale: 'care-inspectorate' },
  { name: 'Care Inspectorate Wales', pattern: /\bCare Inspectorate Wales\b|\bCIW\b/g, scale: 'ciw' },
  { name: 'Education Scotland', pattern: /\bEducation Scotland\b|\bHM Inspectors of Education\b/g, scale: 'education-scotland' },
  { name: 'Regulator of Social Housing', pattern: /\bRegulator of Social Housing\b|\bRSH\b|\bSocial Housing Regulator\b/g, scale: 'rsh' },
  { name: 'HM Inspectorate of Prisons', pattern: /\bHM Inspectorate of Prisons\b|\bHMIP\b|\b[Cc]hief [Ii]nspector of [Pp]risons\b/g, scale: 'hmip' },
  { name: 'HM Inspectorate of Probation', pattern: /\bHM Inspectorate of Probation\b/g },
  { name: 'Healthcare Inspectorate Wales', pattern: /\bHealthcare Inspectorate Wales\b|\bHIW\b/g },
  { name: 'Healthcare Improvement Scotland', pattern: /\bHealthcare Improvement Scotland\b/g },
  // Ireland's and Northern Ireland's inspectorates, and Scotland's police inspectorate
  { name: 'HIQA', pattern: /\bHIQA\b|\bHealth Information and Quality Authority\b/g, scale: 'hiqa' },
  { name: 'RQIA', pattern: /\bRQIA\b|\bRegulation and Quality Improvement Authority\b/g },
  { name: 'Education and Training Inspectorate', pattern: /\bEducation and Training Inspectorate\b/g },
  { name: 'HMICS', pattern: /\bHMICS\b|\bHM Inspectorate of Constabulary in Scotland\b/g },
];

/**
 * Bodies that grade, rate or report on others: the inspectorates, the credit rating agencies, the
 * food hygiene regulator and the public auditors. What they assess is an event's subject; they never are.
 */
export const ASSESSORS: readonly Inspectorate[] = [
  ...INSPECTORATES,
  { name: "Moody's", pattern: /\bMoody['’]?s(?: Investors Service)?/g, scale: 'credit' },
  { name: 'S&P Global Ratings', pattern: /\bS&P(?: Global)?(?: Ratings)?\b|\bStandard (?:&|and) Poor['’]?s/g, scale: 'credit' },
  { name: 'Fitch Ratings', pattern: /\bFitch(?: Ratings)?\b/g, scale: 'credit' },
  { name: 'Food Standards Agency', pattern: /\bFood Standards Agency\b/g, scale: 'food-hygiene' },
  // public auditors and ombudsmen report on bodies without grading them
  { name: 'Wales Audit Office', pattern: /\bWales Audit Office\b|\bAudit Wales\b|\bWAO\b/g },
  { name: 'Audit Scotland', pattern: /\bAudit Scotland\b|\bAccounts Commission\b/g },
  { name: 'National Audit Office', pattern: /\bNational Audit Office\b|\bNAO\b|\bAudit Commission\b/g },
  { name: 'Northern Ireland Audit Office', pattern: /\bNorthern Ireland Audit Office\b|\bNIAO\b/g },
  { name: 'Local Government and Social Care Ombudsman', pattern: /\bLocal Government (?:and Social Care )?Ombudsman\b/g },
  { name: 'Housing Ombudsman', pattern: /\bHousing Ombudsman(?: Service)?\b/g },
  { name: 'Public Services Ombudsman', pattern: /\bPublic Services Ombudsman(?: for Wales)?\b|\bScottish Public Services Ombudsman\b|\bParliamentary and Health Service Ombudsman\b/g },
  // regulators that fine, rate or investigate the bodies they regulate
  { name: 'Ofwat', pattern: /\bOfwat\b/g },
  { name: 'Environment Agency', pattern: /\bEnvironment Agency\b/g },
  { name: 'OfS', pattern: /\bOffice for Students\b|\bOfS\b/g },
  { name: 'ICO', pattern: /\bInformation Commissioner['’]s Office\b|\bICO\b/g },
  { name: 'HSE', pattern: /\bHealth and Safety Executive\b|\bHSE\b/g },
  { name: 'Charity Commission', pattern: /\bCharity Commission\b/g },
  { name: 'ESFA', pattern: /\bEducation and Skills Funding Agency\b|\bESFA\b/g },
  { name: 'Ofgem', pattern: /\bOfgem\b/g },
  { name: 'Ofcom', pattern: /\bOfcom\b/g },
  { name: 'Financial Conduct Authority', pattern: /\bFinancial Conduct Authority\b|\bFCA\b/g },
  // Ireland's food safety regulator serves closure and prohibition orders on food businesses
  { name: 'FSAI', pattern: /\bFood Safety Authority of Ireland\b|\bFSAI\b/g },
  // professional regulators strike off the staff of the bodies news is about
  { name: 'Nursing and Midwifery Council', pattern: /\bNursing and Midwifery Council\b|\bNMC\b/g },
  { name: 'General Medical Council', pattern: /\bGeneral Medical Council\b|\bGMC\b/g },
  // the police watchdog investigates forces and their officers: what it investigates is the news, not the watchdog
  { name: 'IOPC', pattern: /\bIndependent Office for Police Conduct\b|\bIOPC\b|\bIndependent Police Complaints Commission\b|\bIPCC\b/g },
];

/**
 * Common nouns by which news names an assessor it has named or will name ('the police inspectorate said today',
 * 'the health watchdog found'): where they speak in the lead, the article tells their findings as news.
 */
export const ASSESSOR_NOUNS = /\b(?:inspectorate|watchdog|regulator|inspectors|auditors?|ombudsman)\b/i;

/** The names of the bodies that award `scale`'s grades, with other words that show an article is about them. */
export function namesOf(scale: string, ...otherWords: string[]): RegExp {
  return new RegExp([...ASSESSORS.filter((a) => a.scale === scale).map((a) => a.pattern.source), ...otherWords].join('|'), 'i');
}
