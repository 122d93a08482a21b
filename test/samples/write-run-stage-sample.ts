/**
 * Writes assets/samples/run-stage-sample.json from runStageSample.ts:
 * `npx jiti test/samples/write-run-stage-sample.ts`. Refuses to write a model
 * that breaks an invariant.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { CATALOGUE } from '../../shared/csdm/catalogue';
import { checkInvariants } from '../../shared/model/checkInvariants';
import { buildRunStageSample } from './runStageSample';

const doc = buildRunStageSample();
const problems = checkInvariants(doc, CATALOGUE);
if (problems.length > 0) throw new Error(`The sample breaks invariants:\n${problems.join('\n')}`);
const target = resolve(import.meta.dirname, '../../assets/samples/run-stage-sample.json');
// Formatted as `npm run format` would, so the check stays green.
const options = (await resolveConfig(target)) ?? {};
writeFileSync(target, await format(JSON.stringify(doc), { ...options, parser: 'json' }));
console.log(
  `Wrote ${target}: ${Object.keys(doc.elements).length} elements, ${Object.keys(doc.links).length} links, ${doc.viewOrder.length} views.`,
);
