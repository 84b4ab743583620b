// Generated from schemas/ by `npm run generate`. Do not edit: change the schema and regenerate.
export { detect, explain } from './detect.js';

/** Every id in the registry, sorted. */
export const ids = Object.freeze([
  "alb.request",
  "alb.request.result",
  "apigateway.http-proxy-v2",
  "apigateway.http-proxy-v2.result",
  "apigateway.rest-proxy",
  "apigateway.rest-proxy.result",
  "dynamodb.stream-batch",
  "dynamodb.stream-batch.result",
  "eventbridge.event",
  "eventbridge.scheduled",
  "kinesis.stream-batch",
  "kinesis.stream-batch.result",
  "lambda.function-url",
  "lambda.function-url.result",
  "s3.notification",
  "sns.notification",
  "sqs.batch",
  "sqs.batch.result"
]);
