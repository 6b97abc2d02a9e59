// The load run at bench size, in a process of its own so that its peak memory is its own: prints
// the figures as JSON on stdout. Started by bench/load.mjs, which compiles the run first.
import { startWorld } from '../node_modules/.cache/playbook-ops-bench/test/lifecycle/harness.js';
import { loadRun } from '../node_modules/.cache/playbook-ops-bench/test/hardening/load-run.js';

const shape = JSON.parse(process.argv[2]);
let peakHeap = 0;
let peakRss = 0;
const sample = () => {
  const { heapUsed, rss } = process.memoryUsage();
  peakHeap = Math.max(peakHeap, heapUsed);
  peakRss = Math.max(peakRss, rss);
};
const w = await startWorld();
sample();
const atStart = process.memoryUsage();
const result = await loadRun(w, shape, sample);
const atEnd = process.memoryUsage();
await w.stop();
process.stdout.write(
  JSON.stringify({
    result,
    memory: {
      peakHeap,
      peakRss,
      maxRss: process.resourceUsage().maxRSS * 1024,
      heapAtStart: atStart.heapUsed,
      heapAtEnd: atEnd.heapUsed,
      emulatorRequestsRecorded: w.emulator.requests.length,
    },
  }),
);
