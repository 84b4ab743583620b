/**
 * Each generated validator is a Standard Schema v1: the Powertools parser (which accepts any
 * Standard Schema) parses real events with it and refuses invalid ones with ajv-shaped issues.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from '@aws-lambda-powertools/parser';
import { sampleModule } from '../support/samples.ts';
import { standaloneValidator } from '../support/validators.ts';

const Standard = suite('standard schema');

Standard('the Powertools parser accepts a generated validator as its schema', async () => {
  const m = await sampleModule();
  const validate = await standaloneValidator('sqs.batch');
  const event = m.sample('sqs.batch');
  assert.equal(parse(event, undefined, validate as never), event);
  const result = parse({ Records: [{}] }, undefined, validate as never, true) as { success: boolean; error: { cause: { message: string; path: string[] }[] } };
  assert.is(result.success, false);
  assert.equal(result.error.cause[0]!.path, ['Records', '0']);
  assert.match(result.error.cause[0]!.message, /required property/);
});

Standard('every validator exposes ~standard with vendor and version', async () => {
  const m = await sampleModule();
  for (const id of m.sampleIds) {
    const v = (await standaloneValidator(id)) as unknown as { '~standard': { version: number; vendor: string; validate: (x: unknown) => { value?: unknown; issues?: unknown[] } } };
    assert.is(v['~standard'].version, 1);
    assert.is(v['~standard'].vendor, 'lambda-event-registry');
    const sample = m.sample(id);
    assert.equal(v['~standard'].validate(sample), { value: sample }, id);
  }
});

Standard.run();
