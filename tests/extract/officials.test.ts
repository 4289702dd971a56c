import { describe, expect, it } from 'vitest';
import { extractOfficials } from '../../src/extract/officials/index.js';

const officials = (body: string) => extractOfficials(body).map((o) => ({ name: o.name, honorific: o.honorific, roles: o.roles, organization: o.organization }));

describe('extractOfficials', () => {
  it('reads a role before the name, with and without a comma and an honorific', () => {
    const body = 'Leader of Herefordshire Council Coun Jonathan Lester said the council would act. The council’s chief executive Paul Walker said work had started. Council leader, Jonathan Lester, said more was needed.';
    expect(officials(body)).toEqual([
      { name: 'Jonathan Lester', honorific: 'Coun', roles: ['Leader of Herefordshire Council', 'Council leader'], organization: 'Herefordshire Council' },
      { name: 'Paul Walker', honorific: null, roles: ['chief executive'], organization: 'Herefordshire Council' },
    ]);
  });

  it('reads a role after the name, through an organisation in apposition', () => {
    const body = 'Deborah McMillan, Department for Education, Children’s Commissioner, added: “Progress has been made.”\n\nCllr David Hitchiner, Leader Herefordshire Council said: “It was very disappointing.”';
    expect(officials(body)).toEqual([
      { name: 'Deborah McMillan', honorific: null, roles: ['Children’s Commissioner'], organization: 'Department for Education' },
      { name: 'David Hitchiner', honorific: 'Cllr', roles: ['Leader Herefordshire Council'], organization: 'Herefordshire Council' },
    ]);
  });

  it('stops a role’s complement at the next name or honorific', () => {
    const body = 'Cabinet member for children and young people Coun Ivan Powell said staff had worked hard. The director of children’s services Tina Russells agreed.';
    expect(officials(body).map((o) => [o.name, o.roles[0]])).toEqual([
      ['Ivan Powell', 'Cabinet member for children and young people'],
      ['Tina Russells', 'director of children’s services'],
    ]);
  });

  it('joins later mentions of the same person and records every mention', () => {
    const body = 'Councillor Ivan Powell, Cabinet Member for Children and Young People, said the service had improved. Mr Powell added that Ivan Powell would report back.';
    const [o] = extractOfficials(body);
    expect(o!.name).toBe('Ivan Powell');
    expect(o!.mentions.map((m) => m.text)).toEqual(['Ivan Powell', 'Powell', 'Ivan Powell']);
    for (const m of o!.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads an honorific written with a full stop as the same title, with its role', () => {
    const body = 'Sen. Jane Smith said the vote would go ahead. Cllr. John Doe agreed.';
    expect(officials(body)).toEqual([
      { name: 'Jane Smith', honorific: 'Sen.', roles: ['Senator'], organization: null },
      { name: 'John Doe', honorific: 'Cllr.', roles: ['Councillor'], organization: null },
    ]);
  });

  it('leaves out people with no public role, bylines and photo credits', () => {
    const body = 'By Jane Doe\n\nResident Mary Smith said the road was dangerous. Photo: John Brown\n\nThe police chief constable Sam Patel said patrols would increase.';
    expect(officials(body).map((o) => o.name)).toEqual(['Sam Patel']);
  });
});
