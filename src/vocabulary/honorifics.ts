/**
 * Titles written before a name, by kind, each kind with why. An official title shows a public office by
 * itself and names it as `role`; `gender` is the one a title states (for 'he' and 'she'). People find
 * names by them, speakers skip them, and the sentence splitter knows their short forms.
 */
export interface Honorific {
  text: string;
  official: boolean;
  role?: string;
  gender?: 'male' | 'female';
  /** The title goes before the given name alone ('Sir Mike' for Sir Mike Richards). */
  givenName?: boolean;
}

export const HONORIFIC_GROUPS: ReadonlyArray<{ reason: string; entries: readonly Honorific[] }> = [
  { reason: 'elected and local-government offices (UK and US)', entries: [
    { text: 'Cllr', official: true, role: 'Councillor' }, { text: 'Coun', official: true, role: 'Councillor' }, { text: 'Councillor', official: true, role: 'Councillor' },
    { text: 'Councilor', official: true, role: 'Councilor' }, { text: 'Alderman', official: true, role: 'Alderman' }, { text: 'Mayor', official: true, role: 'Mayor' },
    { text: 'Councilmember', official: true, role: 'Councilmember' }, { text: 'Councilman', official: true, role: 'Councilman' },
    { text: 'Councilwoman', official: true, role: 'Councilwoman' }, { text: 'Assemblyman', official: true, role: 'Assemblyman' },
    { text: 'Assemblywoman', official: true, role: 'Assemblywoman' }, { text: 'Congressman', official: true, role: 'Congressman' },
    { text: 'Congresswoman', official: true, role: 'Congresswoman' },
  ] },
  { reason: 'national offices, and the courts', entries: [
    { text: 'Senator', official: true, role: 'Senator' }, { text: 'Sen', official: true, role: 'Senator' }, { text: 'Sens', official: true, role: 'Senator' },
    { text: 'Rep', official: true, role: 'Representative' }, { text: 'Reps', official: true, role: 'Representative' },
    { text: 'Gov', official: true, role: 'Governor' }, { text: 'Governor', official: true, role: 'Governor' }, { text: 'President', official: true, role: 'President' },
    { text: 'Minister', official: true, role: 'Minister' }, { text: 'Amb', official: true, role: 'Ambassador' },
    { text: 'Judge', official: true, role: 'Judge' }, { text: 'Justice', official: true, role: 'Justice' },
    { text: 'Baroness', official: true, role: 'Member of the House of Lords', gender: 'female' }, { text: 'Rt Hon', official: true, role: 'Privy Counsellor' },
  ] },
  { reason: 'police ranks, which name the office', entries: [
    { text: 'Supt', official: true, role: 'Superintendent' }, { text: 'Ch Supt', official: true, role: 'Chief Superintendent' }, { text: 'Det Supt', official: true, role: 'Detective Superintendent' },
    { text: 'Insp', official: true, role: 'Inspector' }, { text: 'Det Insp', official: true, role: 'Detective Inspector' }, { text: 'Det Ch Insp', official: true, role: 'Detective Chief Inspector' },
    { text: 'Sgt', official: true, role: 'Sergeant' }, { text: 'Det Sgt', official: true, role: 'Detective Sergeant' }, { text: 'PC', official: true, role: 'Police Constable' },
    { text: 'DC', official: true, role: 'Detective Constable' }, { text: 'Chief Constable', official: true, role: 'Chief Constable' }, { text: 'Commissioner', official: true, role: 'Commissioner' },
  ] },
  { reason: 'courtesy and academic titles: a person, no office', entries: [
    { text: 'Mr', official: false, gender: 'male' }, { text: 'Mrs', official: false, gender: 'female' }, { text: 'Ms', official: false, gender: 'female' },
    { text: 'Miss', official: false, gender: 'female' }, { text: 'Mx', official: false }, { text: 'Dr', official: false }, { text: 'Prof', official: false },
    { text: 'Professor', official: false }, { text: 'Atty', official: false },
  ] },
  { reason: 'honours and peerages other than a working peer\'s', entries: [
    { text: 'Sir', official: false, gender: 'male', givenName: true }, { text: 'Dame', official: false, gender: 'female', givenName: true }, { text: 'Lord', official: false, gender: 'male' },
    { text: 'Lady', official: false, gender: 'female' }, { text: 'Baron', official: false, gender: 'male' },
  ] },
  { reason: 'clergy, as news writes them before a name (\'Archbishop Aris Shirvanian\')', entries: [
    { text: 'Rev', official: false }, { text: 'Revd', official: false }, { text: 'Reverend', official: false }, { text: 'Canon', official: false },
    { text: 'Bishop', official: false }, { text: 'Archbishop', official: false }, { text: 'Cardinal', official: false }, { text: 'Rabbi', official: false },
    { text: 'Imam', official: false }, { text: 'Pastor', official: false },
  ] },
  { reason: 'armed forces ranks (\'Gen. Wesley Clark\')', entries: [
    { text: 'Gen', official: false }, { text: 'Col', official: false }, { text: 'Maj', official: false }, { text: 'Capt', official: false },
    { text: 'Lt', official: false }, { text: 'Adm', official: false }, { text: 'Cmdr', official: false },
  ] },
];

export const HONORIFICS: readonly Honorific[] = HONORIFIC_GROUPS.flatMap((g) => g.entries);
