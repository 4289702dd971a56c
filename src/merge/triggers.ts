import type { EventType } from '../schema/index.js';

/**
 * Words that make a dated phrase an event. A date joins the nearest trigger in its sentence, within
 * MAX_TRIGGER_DISTANCE characters; a date with no trigger is not an event of its own.
 */
export interface Trigger {
  type: EventType;
  pattern: RegExp;
  /** Only an event in articles that name an inspectorate ('visits' by inspectors, not by a minister). */
  inspectorateOnly?: boolean;
  reason: string;
}

export const TRIGGERS: readonly Trigger[] = [
  { type: 'monitoring-visit', pattern: /\bmonitoring visits?\b/gi, reason: 'inspectorates’ interim checks' },
  { type: 'monitoring-visit', pattern: /\b(?:follow-up )?visits?\b/gi, inspectorateOnly: true, reason: 'an inspectorate’s visit is a monitoring visit' },
  { type: 'inspection', pattern: /\b(?:re-?)?inspect(?:ion|ions|ed)\b/gi, reason: 'an inspection' },
  { type: 'report-published', pattern: /\b(?:published|publication|released|publishes)\b/gi, reason: 'a report’s publication' },
  { type: 'meeting', pattern: /\bmeetings?\b/gi, reason: 'a meeting' },
  { type: 'appointment', pattern: /\b(?:appointed|appointment of|named as)\b/gi, reason: 'an appointment' },
];

export const MAX_TRIGGER_DISTANCE = 60;

/** Types that can be the same real event reported in different words ('an inspection in June' and 'visits in June 2023'). */
export const INSPECTION_FAMILY: ReadonlySet<EventType> = new Set(['inspection', 'monitoring-visit']);
