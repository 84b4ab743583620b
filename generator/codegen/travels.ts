/**
 * The carriers a user's payload may travel in (`x-lambda.travels[].in`): registry events whose
 * body or detail is the application's own JSON, and `invoke`, a direct invocation's payload. For
 * each: where the payload sits (a JSON pointer, `*` for every record) and the steps from the value
 * found there to the payload, as in the registry's `carries`.
 */
import type { Carry } from './model.ts';

export const INVOKE = 'invoke';

export const CARRIERS: Readonly<Record<string, { at: string; decode: Carry['decode'] }>> = {
  'sqs.batch': { at: '/Records/*/body', decode: ['json'] },
  'sns.notification': { at: '/Records/*/Sns/Message', decode: ['json'] },
  'eventbridge.event': { at: '/detail', decode: [] },
  'kinesis.stream-batch': { at: '/Records/*/kinesis/data', decode: ['base64', 'json'] },
  [INVOKE]: { at: '', decode: [] },
};

export const EVENTBRIDGE = 'eventbridge.event';
