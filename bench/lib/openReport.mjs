// How long a report.html takes to open: Debian's Chromium, driven by playwright-core, loads the file
// from file:// as a reader would, until the page has painted after its load event.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Opens `file` `runs` times in one headless Chromium, each in a new page, and returns its size, the
 * time to the first paint after the load event of each run (the median is the figure), how long
 * choosing a body in the filter takes, and a screenshot of the first view at `screenshot`. Null when
 * there is no Chromium.
 */
export async function openReport(file, { screenshot, runs = 3 } = {}) {
  if (!existsSync(CHROMIUM)) return null;
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'newsfacts-bench-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const openMs = [];
    let filterMs = null;
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      const t0 = performance.now();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 120_000 });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      openMs.push(performance.now() - t0);
      if (i === 0) {
        if (screenshot) await page.screenshot({ path: screenshot });
        filterMs = await page.evaluate(() => {
          const menu = document.querySelector('select[name=b]');
          if (!menu || menu.options.length < 2) return null;
          menu.value = menu.options[1].value;
          const t = performance.now();
          menu.dispatchEvent(new Event('change', { bubbles: true }));
          return performance.now() - t;
        });
      }
      await page.close();
    }
    const sorted = [...openMs].sort((a, b) => a - b);
    return { bytes: statSync(file).size, openMs: sorted[Math.floor(sorted.length / 2)], runsMs: openMs, filterMs, screenshot: screenshot ?? null };
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
