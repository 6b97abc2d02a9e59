// `npm run bench`: every benchmark, printed as ratios. Needs `npm run build` first (the bundled
// action is measured as the runner runs it).
import { benchAction } from './action.mjs';
import { benchActionsMinutes } from './actions-minutes.mjs';
import { benchImport } from './import.mjs';
import { benchLoad } from './load.mjs';
import { benchSweep } from './sweep.mjs';
import { benchValidate } from './validate.mjs';

const only = process.argv[2];
const benches = { validate: benchValidate, action: benchAction, import: benchImport, sweep: benchSweep, minutes: benchActionsMinutes, load: benchLoad };
for (const [name, bench] of Object.entries(benches)) {
  if (only !== undefined && only !== name) continue;
  console.log(`== ${name}`);
  for (const line of await bench()) console.log(line);
}
