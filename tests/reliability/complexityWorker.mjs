// Worker thread of complexity.test.ts: times one pattern family on one string, so that the test can
// stop a run that has gone past its growth budget (synchronous code can only be stopped by
// terminating its thread). Runs the built library (dist/), compiled from src/ by `npm run build`.
import { parentPort, workerData } from 'node:worker_threads';

const lib = await import(workerData.dist);
const FAMILIES = {
  cleanText: (t) => lib.cleanText(t),
  extractDates: (t) => lib.extractDates(t, { publishedAt: '2024-03-05' }),
  extractRatings: (t) => lib.extractRatings(t),
  findPeople: (t) => lib.findPeople(t),
  extractQuotes: (t) => lib.extractQuotes(t, { people: [] }),
  extractHtml: (t) => lib.extractHtml(t),
  extractArticle: (t) => { try { return lib.extractArticle(t, { fileName: 'a.txt' }); } catch (e) { if (e instanceof lib.InputError) return null; throw e; } },
  processArticle: (t) => { try { return lib.processArticle(t, { fileName: 'a.txt' }); } catch (e) { if (e instanceof lib.InputError) return null; throw e; } },
};

parentPort.on('message', ({ family, unit, bytes, reps }) => {
  const text = unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    FAMILIES[family](text);
    parentPort.postMessage({ ms: performance.now() - t0 });
  }
});
parentPort.postMessage({ ready: true });
