import { CREDIT_SCALE } from '../../extract/ratings/scales.js';

/** How a grade reads to a person, best to worst: what colour it gets, and whether a change is a fall. */
export const TONES = ['top', 'good', 'fair', 'poor'] as const;
export type Tone = (typeof TONES)[number];

/** Word grades of the inspectorates' scales (extract/ratings/scales.ts) by how they read, each scale's own order kept. */
const WORD_TONES: Record<string, Tone> = {
  Outstanding: 'top', Excellent: 'top', Gold: 'top',
  'Very Good': 'good', Good: 'good', Silver: 'good',
  Satisfactory: 'fair', Sound: 'fair', Adequate: 'fair', 'Requires Improvement': 'fair', Bronze: 'fair',
  Weak: 'poor', Inadequate: 'poor', Unsatisfactory: 'poor', 'Special Measures': 'poor', Junk: 'poor',
};

/** The first speculative grade of each agency's list: S&P/Fitch 'BB+', Moody's 'Ba1'. */
const SPECULATIVE = [CREDIT_SCALE.grades.indexOf('BB+'), CREDIT_SCALE.grades.indexOf('Ba1')];
const MOODYS = CREDIT_SCALE.grades.indexOf('Aaa');

/**
 * A grade's place from best (0) down, comparable within its scale: word grades by tone, credit grades
 * by their place in their agency's list, food hygiene by its number (5 best). Null for a grade not known here.
 */
export function gradeRank(scale: string, value: string): number | null {
  if (scale === 'credit') {
    const i = CREDIT_SCALE.grades.indexOf(value);
    if (i >= 0) return i >= MOODYS ? i - MOODYS : i;
  }
  if (scale === 'food-hygiene') {
    const n = value === 'Zero' ? 0 : Number(value);
    if (Number.isInteger(n) && n >= 0 && n <= 5) return 5 - n;
  }
  const tone = WORD_TONES[value];
  return tone ? TONES.indexOf(tone) : null;
}

export function gradeTone(scale: string, value: string): Tone | null {
  if (scale === 'credit') {
    const i = CREDIT_SCALE.grades.indexOf(value);
    if (i >= 0) return i === 0 || i === MOODYS ? 'top' : i < SPECULATIVE[i >= MOODYS ? 1 : 0]! ? 'good' : 'poor';
  }
  if (scale === 'food-hygiene') {
    const rank = gradeRank(scale, value);
    if (rank !== null) return rank === 0 ? 'top' : rank === 1 ? 'good' : rank === 2 ? 'fair' : 'poor';
  }
  return WORD_TONES[value] ?? null;
}

/** 'down' when the grade fell from the previous one, 'up' when it rose, null when there is no change to tell. */
export function change(scale: string, value: string, previous: string | null): 'down' | 'up' | null {
  if (previous === null || previous === value) return null;
  const now = gradeRank(scale, value), before = gradeRank(scale, previous);
  if (now === null || before === null || now === before) return null;
  return now > before ? 'down' : 'up';
}
