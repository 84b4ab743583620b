/**
 * Every name derived from an event id, in one place: file paths, TypeScript type names, handler
 * names, module specifiers. Nothing else in the generator builds a name from an id by hand.
 */

/** `service.variant[.result]`: lower-case words joined by `-`, parts joined by `.`. */
const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*\.[a-z][a-z0-9]*(-[a-z0-9]+)*(\.result)?$/;

/** How a service or word is spelled inside a TypeScript name, where plain capitalisation is wrong. */
const SPELLING: Record<string, string> = {
  apigateway: 'ApiGateway',
  eventbridge: 'EventBridge',
  dynamodb: 'DynamoDb',
  cloudwatch: 'CloudWatch',
  cloudfront: 'CloudFront',
  cloudformation: 'CloudFormation',
  codecommit: 'CodeCommit',
  codepipeline: 'CodePipeline',
  codedeploy: 'CodeDeploy',
  codebuild: 'CodeBuild',
  autoscaling: 'AutoScaling',
  cloudtrail: 'CloudTrail',
  gamelift: 'GameLift',
  guardduty: 'GuardDuty',
  appsync: 'AppSync',
  stepfunctions: 'StepFunctions',
  opsworks: 'OpsWorks',
  trustedadvisor: 'TrustedAdvisor',
  iot: 'IoT',
  msk: 'Msk',
  mq: 'Mq',
  activemq: 'ActiveMq',
  rabbitmq: 'RabbitMq',
  documentdb: 'DocumentDb',
  url: 'Url',
  clientvpn: 'ClientVpn',
  sagemaker: 'SageMaker',
  workmail: 'WorkMail',
  websocket: 'WebSocket',
  graphql: 'GraphQl',
  secretsmanager: 'SecretsManager',
  preprovisioning: 'PreProvisioning',
};

export class InvalidIdError extends Error {
  readonly code = 'E_ID_INVALID';
  constructor(readonly id: string) {
    super(`"${id}" is not a registry id (expected service.variant or service.variant.result, lower-case words joined by "-")`);
  }
}

export function assertId(id: string): void {
  if (!ID.test(id)) throw new InvalidIdError(id);
}

export function isResultId(id: string): boolean {
  return id.endsWith('.result');
}

function pascal(words: string): string {
  return words
    .split(/[-.]/)
    .filter(Boolean)
    .map((w) => SPELLING[w] ?? w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/**
 * `sqs.batch` -> `SqsBatchEvent`, `sqs.batch.result` -> `SqsBatchResult`, `eventbridge.event` ->
 * `EventBridgeEvent`. A service's detail type on EventBridge is named without the `eventbridge-`
 * word: `ec2.eventbridge-instance-state-change` -> `Ec2InstanceStateChangeEvent`.
 */
export function typeName(id: string): string {
  assertId(id);
  const base = pascal(id.replace(/\.result$/, '').replace(/\.eventbridge-/, '.'));
  const suffix = isResultId(id) ? 'Result' : 'Event';
  const name = base.endsWith(suffix) ? base : base + suffix;
  if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) throw new InvalidIdError(id);
  return name;
}

/** `acme.order-placed` -> `validateAcmeOrderPlaced`: an id's validator among the others (a user's output folder's index). */
export function validatorName(id: string): string {
  assertId(id);
  return `validate${pascal(id)}`;
}

/**
 * The type of the registry event that carries a user's payload: `acme.order-placed` in
 * `eventbridge.event` -> `AcmeOrderPlacedInEventBridgeEvent` (as the registry names its nested
 * payloads: `s3.notification-in-sqs`).
 */
export function carriedInTypeName(id: string, carrier: string): string {
  assertId(id);
  return typeName(`${id}-in-${carrier.slice(0, carrier.indexOf('.'))}`);
}

/** `sqs.batch` -> `SqsBatchHandler`. Results have no handler. */
export function handlerName(id: string): string {
  assertId(id);
  if (isResultId(id)) throw new InvalidIdError(id);
  return pascal(id) + 'Handler';
}

/** `sqs.batch` -> `sqs/batch.schema.json`, `sqs.batch.result` -> `sqs/batch.result.schema.json` (relative to schemas/). */
export function schemaSourcePath(id: string): string {
  assertId(id);
  const dot = id.indexOf('.');
  return `${id.slice(0, dot)}/${id.slice(dot + 1)}.schema.json`;
}

/** Inverse of schemaSourcePath; null when the path is not an id's schema (e.g. `_shared/aws.schema.json`). */
export function idFromSchemaPath(relPath: string): string | null {
  const m = /^([^/]+)\/([^/]+)\.schema\.json$/.exec(relPath);
  if (!m || m[1]!.startsWith('_')) return null;
  const id = `${m[1]}.${m[2]}`;
  return ID.test(id) ? id : null;
}

/** The `$id` of an id's bundled schema. */
export function schemaUri(id: string): string {
  assertId(id);
  return `urn:lambda-event-registry:${id}`;
}

/** Files of the generated package, relative to generated/ (and of a user's output folder). */
export const outputPath = {
  /** A user's output folder: the module of an id (its validator, type and where it travels). */
  module: (id: string) => `${id}.js`,
  moduleTypes: (id: string) => `${id}.d.ts`,
  schema: (id: string) => `schemas/${id}.schema.json`,
  validator: (id: string) => `validators/${id}.js`,
  validatorTypes: (id: string) => `validators/${id}.d.ts`,
  validatorAll: (id: string) => `validators/${id}.all.js`,
  validatorStrict: (id: string) => `validators/${id}.strict.js`,
  validatorStrictTypes: (id: string) => `validators/${id}.strict.d.ts`,
  validatorAllTypes: (id: string) => `validators/${id}.all.d.ts`,
  sample: (id: string) => `samples/${id}.json`,
};

/** The package subpath users import an id's validator from: `lambda-event-registry/sqs.batch`. */
export function subpath(id: string): string {
  assertId(id);
  return `./${id}`;
}

/** The subpath of an id's strict validator (shape and values): `lambda-event-registry/sqs.batch/strict`. */
export function subpathStrict(id: string): string {
  return `${subpath(id)}/strict`;
}

/** The subpath of an id's all-errors validator: `lambda-event-registry/sqs.batch/all`. */
export function subpathAll(id: string): string {
  return `${subpath(id)}/all`;
}
