/** One worker process of `npm run fuzz`: runs the families it is sent, one at a time, and reports each. */
import { fuzzFamily } from './campaign.mjs';

let current;
// An exception or rejection outside the property's own await is still a finding, of the current family.
for (const event of ['uncaughtException', 'unhandledRejection']) {
  process.on(event, (err) => {
    process.send({ type: 'crash', family: current, error: `${event}: ${err?.stack ?? err}` });
    process.exit(1);
  });
}

process.on('message', async (job) => {
  current = job.family;
  try {
    const result = await fuzzFamily({ ...job, onProgress: (done) => process.send({ type: 'progress', family: job.family, done }) });
    process.send({ type: 'result', result });
  } catch (err) {
    process.send({ type: 'broken', family: job.family, error: err?.stack ?? String(err) });
  }
});
process.send({ type: 'ready' });
