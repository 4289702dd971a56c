/**
 * Merge inputs come from the workers as fresh copies, so the same name, subject or article id is a
 * new string in each. Sharing one copy of each short string keeps what a batch holds until its merge
 * small; long texts (evidence sentences) are unique and kept as they are.
 */
const MAX_INTERNED = 80;

export class StringPool {
  private readonly strings = new Map<string, string>();

  /** The value with its short strings replaced by shared copies, in place for objects and arrays. */
  intern<T>(value: T): T {
    if (typeof value === 'string') {
      if (value.length > MAX_INTERNED) return value;
      const shared = this.strings.get(value);
      if (shared !== undefined) return shared as T;
      this.strings.set(value, value);
      return value;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = this.intern(value[i]);
    } else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) record[key] = this.intern(record[key]);
    }
    return value;
  }
}
