/** Replaces what stands between paired double quote marks with underscores, keeping offsets. */
export function maskQuoted(text: string): string {
  return text.replace(/“[^“”]*”|"[^"\n]*"/g, (m) => m[0] + '_'.repeat(m.length - 2) + m[m.length - 1]);
}
