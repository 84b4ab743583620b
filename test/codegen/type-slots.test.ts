/**
 * Types generic over a carried slot (`x-lambda.typeParameters[].at`): the slot becomes the
 * parameter, every definition on the way takes it (with its default), other users of a definition
 * keep the default, and a pointer that leads nowhere is an E_TYPE_SLOT diagnostic.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { check } from '../../generator/codegen/stages/check.ts';
import { types } from '../../generator/codegen/stages/types.ts';
import type { JsonObject, SourceFile } from '../../generator/codegen/model.ts';

const S = 'https://json-schema.org/draft/2020-12/schema';
const shared: SourceFile = {
  path: '_shared/queue.schema.json',
  json: { $schema: S, $defs: { QueueRecord: { type: 'object', required: ['body'], properties: { id: { type: 'string' }, body: { type: 'string' } } } } },
};
function batch(id: string, meta: JsonObject = {}): SourceFile {
  const [service, variant] = id.split('.');
  return {
    path: `${service}/${variant}.schema.json`,
    json: {
      $schema: S,
      title: 'T',
      description: 'D',
      'x-lambda': { id, kind: 'event', invocation: 'poll', docs: 'https://docs.aws.amazon.com/x', detect: [{ pointer: '/source', equals: id }], ...meta },
      type: 'object',
      required: ['Records', 'source'],
      properties: { source: { type: 'string', enum: [id] }, Records: { type: 'array', items: { $ref: '../_shared/queue.schema.json#/$defs/QueueRecord' } } },
    },
  };
}

const Slots = suite('types: generic over the carried slot');

Slots('the slot, the definitions on the way and the id take the parameter; other ids keep the default', async () => {
  const { registry, diagnostics } = check([shared, batch('queue.batch', { typeParameters: [{ name: 'TBody', default: 'string', at: '/Records/*/body' }] }), batch('queue.other')]);
  assert.equal(diagnostics, []);
  const out = await types(registry);
  assert.equal(out.diagnostics, []);
  assert.match(out.declarations, /export interface QueueRecord<TBody = string> \{[^}]*body: TBody;/);
  assert.match(out.declarations, /export interface QueueBatchEvent<TBody = string> \{[^}]*Records: QueueRecord<TBody>\[\];/);
  assert.match(out.declarations, /export interface QueueOtherEvent \{[^}]*Records: QueueRecord\[\];/);
});

Slots('a slot that leads nowhere is E_TYPE_SLOT, with the file', async () => {
  const { registry } = check([shared, batch('queue.batch', { typeParameters: [{ name: 'TBody', default: 'string', at: '/Records/*/nope' }] })]);
  const out = await types(registry);
  assert.equal(out.diagnostics.map((d) => [d.code, d.file]), [['E_TYPE_SLOT', 'schemas/queue/batch.schema.json']]);
});

Slots.run();
