// Formatting helpers for bench/pipeline.mjs: plain aligned text, no dependencies.
import { cpus, totalmem, platform, arch, release } from 'node:os';

export const fmt = (x, digits = 1) => (x === null || x === undefined || Number.isNaN(x) ? '-' : Number(x).toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits }));
export const mib = (bytes) => bytes / (1024 * 1024);

/** Rows of [label, value, note]; columns padded to the widest cell. */
export function table(title, rows) {
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => String(r[1]).length));
  const lines = rows.map(([a, b, c]) => `  ${a.padEnd(w0)}  ${String(b).padStart(w1)}${c ? `  ${c}` : ''}`);
  return `${title}\n${lines.join('\n')}`;
}

/** What a later run needs to know to tell whether the figures are comparable. */
export function machine() {
  const c = cpus();
  return { cpuModel: c[0]?.model ?? 'unknown', cpus: c.length, totalMemMiB: Math.round(mib(totalmem())), platform: platform(), arch: arch(), osRelease: release() };
}
