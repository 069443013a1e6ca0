// Preloaded into the server by the scale bench (`--import`): appends the start (ms since the
// epoch) and length of each of the server's garbage collections to the file DC_BENCH_GC_LOG names,
// so that the bench can tell which slow requests had a collection inside them.
import { appendFileSync } from 'node:fs';
import { PerformanceObserver, performance } from 'node:perf_hooks';

const file = process.env.DC_BENCH_GC_LOG;
if (file) {
  new PerformanceObserver((list) => {
    appendFileSync(file, list.getEntries().map((e) => `${(performance.timeOrigin + e.startTime).toFixed(3)} ${e.duration.toFixed(3)}\n`).join(''));
  }).observe({ entryTypes: ['gc'] });
}
