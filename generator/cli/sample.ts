/**
 * `lambda-events sample <id> [--<param> <value> ...]` and the SAM spelling
 * `lambda-events sample <service> <event> [...]`: print a sample payload as JSON.
 */
import type { Io } from './io.ts';
import { EXIT } from './io.ts';
import { importPackage } from './package.ts';
import { fromText, type ParamSpec } from '../runtime/sample-spec.ts';

interface SampleModule {
  sample(id: string, overrides?: Record<string, unknown>, options?: { inner?: string; records?: number }): unknown;
  sampleParameters(id: string): Record<string, ParamSpec>;
  sampleIds: readonly string[];
  samEvents: Record<string, { id: string; set: Record<string, unknown> }>;
}

export class SampleUsageError extends Error {}

/**
 * SAM CLI `generate-event` pairs that are not payloads an AWS service sends to a function: asking
 * for one is answered with what it is (exit 2), not with "no sample".
 */
export const SAM_NOT_EVENTS: Record<string, string> = {
  'batch get-job':
    'its payload ({jobName, jobQueue, jobDefinition}) is the input of the AWS Batch SubmitJob API, which your own code or a Step Functions task sends to Batch; AWS Batch never invokes a function with it',
  'batch submit-job':
    'its payload ({jobId}) is the output of the AWS Batch SubmitJob API, returned to the caller; AWS Batch never invokes a function with it',
  'stepfunctions error':
    'its payload ({Error, Cause}) is the error output of a failed Step Functions state, which a Catch passes to the next state; it reaches a function only as whatever input your state machine chooses (a direct invoke), so the registry has no id for it',
};

async function load(): Promise<SampleModule> {
  return importPackage<SampleModule>('sample');
}

function usage(m: SampleModule, id: string, sam?: string): string {
  const params = m.sampleParameters(id);
  const lines = Object.entries(params).map(([n, p]) => `  --${n} <${p.type}>  ${p.description} (default: ${JSON.stringify(p.default)})`);
  return `Usage: lambda-events sample ${sam ?? id} [options]\n\n${lines.join('\n')}\n  --inner <id>  put another id's sample inside this one, where it carries a payload\n  --records <n>  a batch of n records, each with its own ids (ids with a Records array)\n`;
}

/** `args` is everything after `sample`. Returns the exit code. */
export async function runSample(args: string[], io: Io): Promise<number> {
  const m = await load();
  const positional: string[] = [];
  const given: [string, string][] = [];
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--help' || a === '-h') help = true;
    else if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq !== -1) given.push([a.slice(2, eq), a.slice(eq + 1)]);
      else {
        const value = args[i + 1];
        if (value === undefined) throw new SampleUsageError(`${a} needs a value`);
        given.push([a.slice(2), value]);
        i++;
      }
    } else positional.push(a);
  }
  let id: string;
  let fixed: Record<string, unknown> = {};
  let label: string | undefined;
  if (positional.length === 1) id = positional[0]!;
  else if (positional.length === 2) {
    label = positional.join(' ');
    const pair = m.samEvents[label];
    const notEvent = SAM_NOT_EVENTS[label];
    if (notEvent) throw new SampleUsageError(`SAM's "${label}" is not an event an AWS service sends to a Lambda function: ${notEvent}.`);
    if (!pair) throw new SampleUsageError(`no sample for SAM event "${label}"; SAM events with a registry id: ${Object.keys(m.samEvents).sort().join(', ')}`);
    id = pair.id;
    fixed = pair.set;
  } else throw new SampleUsageError('give an id (lambda-events sample sqs.batch) or a SAM service and event (lambda-events sample sqs receive-message)');
  if (!m.sampleIds.includes(id)) throw new SampleUsageError(`no sample for "${id}"; run \`lambda-events list\` for the ids`);
  if (help) {
    io.out(usage(m, id, label));
    return EXIT.OK;
  }
  const params = m.sampleParameters(id);
  const overrides: Record<string, unknown> = { ...fixed };
  let inner: string | undefined;
  let records: number | undefined;
  for (const [name, text] of given) {
    if (name === 'inner') inner = text;
    else if (name === 'records') records = Number(text);
    else if (!Object.prototype.hasOwnProperty.call(params, name)) throw new SampleUsageError(`${id} has no parameter --${name}\n\n${usage(m, id, label)}`);
    else overrides[name] = fromText(name, params[name]!, text);
  }
  io.out(JSON.stringify(m.sample(id, overrides, { ...(inner === undefined ? {} : { inner }), ...(records === undefined ? {} : { records }) }), null, 2) + '\n');
  return EXIT.OK;
}
