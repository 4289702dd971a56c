/**
 * Merge inputs come from the workers as fresh copies, so the same name, subject, rating or official
 * is a new value in each. Sharing one copy of each small value keeps what a batch holds until its
 * merge small (about half, on a batch of real coverage); long texts (evidence sentences, quotes) are
 * unique and kept as they are.
 */
const MAX_INTERNED = 80;
/** Longest JSON form of a shared object: an official with a few roles, not an evidence sentence. */
const MAX_INTERNED_JSON = 160;

type Primitive = string | number | boolean | null | undefined;
const isPrimitive = (v: unknown): v is Primitive => v === null || typeof v !== 'object';
const isFlatArray = (v: unknown): boolean => Array.isArray(v) && v.every(isPrimitive);

export class ValuePool {
  private readonly strings = new Map<string, string>();
  private readonly objects = new Map<string, object>();

  /**
   * The value with its short strings and small flat values (objects whose fields are primitives or
   * arrays of primitives, and such arrays) replaced by shared, frozen copies; containers are changed
   * in place. A shared value is frozen so that changing one article's copy cannot change another's.
   */
  intern<T>(value: T): T {
    if (typeof value === 'string') return this.string(value) as T;
    // frozen: shared already (a value can occur twice in one input, as one subject of several events)
    if (isPrimitive(value) || Object.isFrozen(value)) return value;
    const container = value as Record<string, unknown>;
    for (const key of Object.keys(container)) container[key] = this.intern(container[key]);
    const flat = Array.isArray(value) ? value.every(isPrimitive) : Object.values(container).every((v) => isPrimitive(v) || isFlatArray(v));
    return flat ? (this.object(value as object) as T) : value;
  }

  private string(s: string): string {
    if (s.length > MAX_INTERNED) return s;
    const shared = this.strings.get(s);
    if (shared !== undefined) return shared;
    this.strings.set(s, s);
    return s;
  }

  /** Children are shared already, so equal JSON means an equal value. */
  private object(o: object): object {
    const key = JSON.stringify(o);
    if (key.length > MAX_INTERNED_JSON) return o;
    const shared = this.objects.get(key);
    if (shared !== undefined) return shared;
    for (const v of Object.values(o)) if (Array.isArray(v)) Object.freeze(v);
    this.objects.set(key, Object.freeze(o));
    return o;
  }
}
