import type { ArticleRecord, Event } from '../schema/index.js';

/** A public body across the batch: the subject key its articles' events share, the name they use most, and the others. */
export interface Body {
  id: string;
  name: string;
  variants: string[];
}

export interface Bodies {
  bodies: Body[];
  /** Event id → body id. */
  bodyOf: Map<string, string>;
}

/**
 * The bodies of a batch's events. events.json names an event's subject by its most frequent label;
 * the key that joined its reports ('caerphilly' for 'Caerphilly Council' and 'Caerphilly County
 * Borough Council') is in the records, on the article event each source's evidence points at. Feed
 * it every record (one at a time: it keeps only those keys and names), then call bodies().
 */
export class BodyFinder {
  /** 'article|start|end' of each source's evidence → the events citing it. */
  private readonly cited = new Map<string, Event[]>();
  private readonly keyOf = new Map<string, string>();
  private readonly names = new Map<string, Map<string, number>>();

  constructor(private readonly events: readonly Event[]) {
    for (const e of events) {
      for (const s of e.sources) {
        const at = `${s.article}|${s.evidence.start}|${s.evidence.end}`;
        this.cited.set(at, [...(this.cited.get(at) ?? []), e]);
      }
    }
  }

  add(record: ArticleRecord): void {
    for (const event of record.events) {
      for (const e of this.cited.get(`${record.id}|${event.evidence.start}|${event.evidence.end}`) ?? []) {
        // two events of one sentence ('inspected in May and published today') may differ in subject: the same type wins
        if (this.keyOf.has(e.id) && event.type !== e.type) continue;
        this.keyOf.set(e.id, event.subject.key);
        const tally = this.names.get(event.subject.key) ?? new Map<string, number>();
        tally.set(event.subject.name, (tally.get(event.subject.name) ?? 0) + 1);
        this.names.set(event.subject.key, tally);
      }
    }
  }

  bodies(): Bodies {
    const bodyOf = new Map<string, string>();
    for (const e of this.events) {
      // a source whose record is gone still has its event's label, so the event keeps a body of its own
      const key = this.keyOf.get(e.id) ?? e.subject;
      bodyOf.set(e.id, key);
      if (!this.names.has(key)) this.names.set(key, new Map([[e.subject, 1]]));
    }
    const used = new Set(bodyOf.values());
    const bodies = [...this.names].filter(([id]) => used.has(id)).map(([id, tally]) => {
      // the most frequent name, ties broken alphabetically so the choice is reproducible
      const [name, ...variants] = [...tally].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).map(([n]) => n);
      return { id, name: name!, variants: variants.sort(cmp) };
    });
    return { bodies: bodies.sort((a, b) => cmp(a.name, b.name) || cmp(a.id, b.id)), bodyOf };
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
