/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// the page functions below run in the browser
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventSchema } from '../../src/schema/index.js';
import { ROOT, runCliOk, tempDir } from '../pipeline/helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const CORPUS = path.join(ROOT, '../shared/corpus/dev');
/** Screenshots a person looks at after the run (git ignores .tmp/). */
const SHOTS = path.join(ROOT, '.tmp', 'screenshots');

/** The report of an extract run over `args`, in a new output folder. */
function reportOf(args: string[]): string {
  const out = path.join(tempDir('report'), 'out');
  runCliOk(['extract', ...args, '--out', out, '--quiet']);
  return out;
}

const cases = [
  { name: 'fixtures', args: ['fixtures/articles'] },
  ...(existsSync(CORPUS) ? [{ name: 'corpus-dev', args: [path.join(CORPUS, 'articles'), '--meta', path.join(CORPUS, 'meta.jsonl')] }] : []),
];

const HOSTILE = '</title><script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">';

/** An article whose sidecar gives it a hostile title and address, as a scraped page could. */
function hostileOutput(): string {
  const input = tempDir('hostile');
  // a first line the cleaner takes for no headline, so that the sidecar's title is the record's
  writeFileSync(path.join(input, 'a.txt'), `${HOSTILE}\n\n${readFileSync(path.join(ROOT, 'fixtures/articles/002_552425eedcb00950.txt'), 'utf8')}`);
  const meta = path.join(tempDir('meta'), 'meta.jsonl');
  writeFileSync(meta, `${JSON.stringify({ id: 'a', title: HOSTILE, url: 'javascript:window.pwned=3' })}\n`);
  return reportOf([input, '--meta', meta]);
}

describe.each(cases)('report.html of the $name', ({ args }) => {
  const out = reportOf(args);
  const { document } = parseHTML(readFileSync(path.join(out, 'report.html'), 'utf8'));

  it('has no external reference: nothing loaded from elsewhere, and links out only to the articles themselves', () => {
    const urls = new Set(readFileSync(path.join(out, 'report.html'), 'utf8').match(/articles\/[^"]+\.json/g)!.map((href) => {
      const record = JSON.parse(readFileSync(path.join(out, decodeURIComponent(href)), 'utf8')) as { url: string | null };
      return record.url;
    }));
    for (const el of document.querySelectorAll('[src]')) expect(el.getAttribute('src')).not.toMatch(/^(?:https?:)?\/\//);
    for (const el of document.querySelectorAll('[href]')) {
      const href = el.getAttribute('href')!;
      if (/^(?:https?:)?\/\//i.test(href)) {
        expect(urls.has(href)).toBe(true);
        expect(el.closest('.cite')).not.toBeNull();
      }
    }
    expect(document.querySelectorAll('link, iframe, object, embed').length).toBe(0);
    expect(readFileSync(path.join(out, 'report.html'), 'utf8')).not.toMatch(/url\(|@import/);
  });
});

describe('report.html and untrusted article text', () => {
  it('shows a hostile title as text and never links a javascript: address', () => {
    const out = hostileOutput();
    const page = readFileSync(path.join(out, 'report.html'), 'utf8');
    const { document } = parseHTML(page);
    expect(document.querySelectorAll('script').length).toBe(1);
    expect(document.querySelectorAll('img').length).toBe(0);
    expect([...document.querySelectorAll('*')].flatMap((el) => el.getAttributeNames()).filter((a) => a.startsWith('on'))).toEqual([]);
    expect(page).not.toMatch(/href="javascript:/i);
    const cites = [...document.querySelectorAll('.cite a')].map((a) => a.textContent);
    expect(cites).toContain(HOSTILE);
  });
});

const inCi = !!process.env.CI;
if (!existsSync(CHROMIUM) && !inCi) console.warn(`skipping the browser tests: no Chromium at ${CHROMIUM} (apt-get install -y chromium; .ci/run installs it)`);

describe.skipIf(!existsSync(CHROMIUM) && !inCi)('report.html in headless Chromium', () => {
  let browser: BrowserContext;
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    // a new, empty profile, removed with the test's other folders
    browser = await chromium.launchPersistentContext(tempDir('chromium'), {
      executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => { await browser?.close(); });

  it.each(cases)('shows every event and body of the $name, and a grade opens to its evidence', async ({ name, args }) => {
    const out = reportOf(args);
    const events = EventSchema.array().parse(JSON.parse(readFileSync(path.join(out, 'events.json'), 'utf8')));
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
    await page.goto(`file://${path.join(out, 'report.html')}`);
    expect(requests).toEqual([]);

    expect((await page.locator('li.event').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id))).sort()).toEqual(events.map((e) => e.id).sort());
    const headings = await page.locator('article.body h3').allTextContents();
    const text = await page.locator('#bodies').textContent();
    for (const subject of new Set(events.map((e) => e.subject))) expect(text).toContain(subject);
    expect(headings.length).toBeGreaterThan(0);
    await expect(page.locator('#timeline svg').count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(SHOTS, `report-${name}.png`) });

    // a grade: closed, its evidence hidden; clicked, its sentence shows with the grade's words highlighted
    const grade = page.locator('li.event details.grade').first();
    const mark = grade.locator('blockquote mark');
    expect(await mark.isVisible()).toBe(false);
    await grade.locator('summary').click();
    expect(await mark.isVisible()).toBe(true);
    const value = (await grade.locator('.chip').textContent())!.split(' → ').pop()!;
    expect((await mark.textContent())!.toLowerCase()).toContain(value.toLowerCase().split(' ')[0]);
    expect(await mark.evaluate((m) => getComputedStyle(m).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    const record = await grade.locator('.cite a').first().getAttribute('href');
    expect(existsSync(path.join(out, record!))).toBe(true);

    // filtering by a body leaves that body's events only
    const body = await page.locator('select[name=b] option').nth(1).getAttribute('value');
    await page.selectOption('select[name=b]', body!);
    const shown = await page.locator('li.event:visible').count();
    const theirs = await page.locator(`article.body:visible li.event`).count();
    expect(shown).toBe(theirs);
    expect(await page.locator('article.body:visible').count()).toBe(1);

    // a narrow window: nothing wider than the screen but the tables and charts, which scroll in their box
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.close();
  });

  it('runs no script an article smuggled in', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(`file://${path.join(hostileOutput(), 'report.html')}`);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    const source = page.locator('li.event details.sources').first();
    await source.locator('summary').click();
    expect(await source.locator('.cite a').first().textContent()).toBe(HOSTILE);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

mkdirSync(SHOTS, { recursive: true });
