/** Entry of the `lambda-events` binary (bundled as the package's cli.js), and of its worker threads. */
import { isMainThread, workerData } from 'node:worker_threads';
import { processIo } from './io.ts';
import { main } from './program.ts';
import { runWorker, type WorkerTask } from './worker.ts';

const task = isMainThread ? undefined : (workerData as { lambdaEventsWorker?: WorkerTask } | undefined)?.lambdaEventsWorker;
if (task) await runWorker(task);
else process.exitCode = await main(process.argv.slice(2), processIo());
