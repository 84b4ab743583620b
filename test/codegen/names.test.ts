import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { handlerName, idFromSchemaPath, schemaSourcePath, typeName } from '../../generator/codegen/names.ts';

const Names = suite('names: every identifier comes from the id');

Names('type names', () => {
  assert.is(typeName('sqs.batch'), 'SqsBatchEvent');
  assert.is(typeName('sqs.batch.result'), 'SqsBatchResult');
  assert.is(typeName('apigateway.http-proxy-v2'), 'ApiGatewayHttpProxyV2Event');
  assert.is(typeName('eventbridge.event'), 'EventBridgeEvent');
  assert.is(typeName('s3.test-event'), 'S3TestEvent');
  assert.is(typeName('dynamodb.stream-batch.result'), 'DynamoDbStreamBatchResult');
});

Names('handler names', () => {
  assert.is(handlerName('sqs.batch'), 'SqsBatchHandler');
  assert.throws(() => handlerName('sqs.batch.result'));
});

Names('paths round-trip', () => {
  assert.is(schemaSourcePath('lambda.function-url.result'), 'lambda/function-url.result.schema.json');
  assert.is(idFromSchemaPath('lambda/function-url.result.schema.json'), 'lambda.function-url.result');
  assert.is(idFromSchemaPath('_shared/aws.schema.json'), null);
});

Names('rejects what is not an id', () => {
  for (const bad of ['Sqs.batch', 'sqs', 'sqs.batch.result.result', 'sqs..batch', 'sqs.batch-', '1sqs.batch', 'sqs.ba tch']) {
    assert.throws(() => typeName(bad), /not a registry id/, bad);
  }
});

Names.run();
