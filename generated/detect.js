// Generated from generator/runtime/detect.ts and schemas/ by `npm run generate`. Do not edit: change the schema and regenerate.
// generator/runtime/pointer.ts
var unescapeToken = (s) => s.replace(/~1/g, "/").replace(/~0/g, "~");
var tokens = (pointer) => pointer.split("/").slice(1).map(unescapeToken);

// generator/runtime/detector.ts
var MISSING = /* @__PURE__ */ Symbol("missing");
var own = Object.prototype.hasOwnProperty;
function parsePointer(pointer) {
  return tokens(pointer).map((key) => ({ key, index: /^(0|[1-9][0-9]*)$/.test(key) ? Number(key) : -1 }));
}
function at(value, segments) {
  let node = value;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (node === null || typeof node !== "object") return MISSING;
    if (Array.isArray(node)) {
      if (segment.index < 0 || segment.index >= node.length) return MISSING;
      node = node[segment.index];
    } else {
      if (!own.call(node, segment.key)) return MISSING;
      node = node[segment.key];
    }
  }
  return node;
}
function compileCondition(c) {
  const segments = parsePointer(c.pointer);
  let test;
  if ("equals" in c) test = (v, present) => present && v === c.equals;
  else if ("in" in c) test = (v, present) => present && c.in.includes(v);
  else if ("exists" in c) test = (_v, present) => present === c.exists;
  else {
    const re = new RegExp(c.pattern, "u");
    test = (v, present) => present && typeof v === "string" && re.test(v);
  }
  return { segments, test, source: c };
}
function holds(c, event) {
  const v = at(event, c.segments);
  return c.test(v, v !== MISSING);
}
function createDetector(rules) {
  const compiled = rules.map((r) => ({ id: r.id, conditions: r.conditions.map(compileCondition) }));
  const byValue = /* @__PURE__ */ new Map();
  for (const rule of compiled) {
    const first = rule.conditions[0];
    let slot = byValue.get(first.source.pointer);
    if (!slot) byValue.set(first.source.pointer, slot = { segments: first.segments, table: /* @__PURE__ */ new Map(), other: [] });
    const keys = "equals" in first.source ? [first.source.equals] : "in" in first.source ? first.source.in : null;
    if (keys === null) slot.other.push(rule);
    else
      for (const key of keys) slot.table.set(key, [...slot.table.get(key) ?? [], rule]);
  }
  const groups = /* @__PURE__ */ new Map();
  for (const slot of byValue.values()) {
    const first = slot.segments[0]?.key ?? "";
    groups.set(first, [...groups.get(first) ?? [], slot]);
  }
  const groupList = [...groups.entries()];
  function detect2(event) {
    let best = null;
    const consider = (group) => {
      for (let i = 0; i < group.length; i++) {
        const rule = group[i];
        if (best !== null && rule.conditions.length <= best.conditions.length) continue;
        let ok = true;
        for (let j = 0; j < rule.conditions.length && ok; j++) ok = holds(rule.conditions[j], event);
        if (ok) best = rule;
      }
    };
    if (event === null || typeof event !== "object" || Array.isArray(event)) return null;
    for (let g = 0; g < groupList.length; g++) {
      const [first, slots] = groupList[g];
      if (!own.call(event, first)) {
        for (let s = 0; s < slots.length; s++) if (slots[s].other.length > 0) consider(slots[s].other);
        continue;
      }
      for (let s = 0; s < slots.length; s++) {
        const slot = slots[s];
        const v = at(event, slot.segments);
        if (v !== MISSING && (v === null || typeof v !== "object")) {
          const filed = slot.table.get(v);
          if (filed) consider(filed);
        }
        if (slot.other.length > 0) consider(slot.other);
      }
    }
    return best?.id ?? null;
  }
  function explain2(event, limit = 3) {
    const isAbsence = (c) => "exists" in c && c.exists === false;
    return compiled.map((rule) => {
      const held = rule.conditions.filter((c) => holds(c, event));
      const failed = rule.conditions.filter((c) => !held.includes(c)).map((c) => c.source);
      return { id: rule.id, matched: held.length, total: rule.conditions.length, failed, present: held.filter((c) => !isAbsence(c.source)).length };
    }).filter((c) => c.present > 0).map(({ present: _present, ...candidate }) => candidate).sort((a, b) => b.matched / b.total - a.matched / a.total || b.matched - a.matched || (a.id < b.id ? -1 : 1)).slice(0, limit);
  }
  return { detect: detect2, explain: explain2 };
}

// generator/runtime/registry-data.ts
var RULES = [{ "id": "alb.request", "conditions": [{ "pointer": "/requestContext/elb/targetGroupArn", "exists": true }] }, { "id": "apigateway.http-authorizer-v1", "conditions": [{ "pointer": "/version", "equals": "1.0" }, { "pointer": "/type", "equals": "REQUEST" }, { "pointer": "/methodArn", "exists": true }] }, { "id": "apigateway.http-authorizer-v2", "conditions": [{ "pointer": "/version", "equals": "2.0" }, { "pointer": "/type", "equals": "REQUEST" }, { "pointer": "/routeArn", "exists": true }, { "pointer": "/requestContext/http/method", "exists": true }] }, { "id": "apigateway.http-proxy-v1", "conditions": [{ "pointer": "/version", "equals": "1.0" }, { "pointer": "/httpMethod", "exists": true }, { "pointer": "/requestContext/resourcePath", "exists": true }, { "pointer": "/type", "exists": false }] }, { "id": "apigateway.http-proxy-v2", "conditions": [{ "pointer": "/version", "equals": "2.0" }, { "pointer": "/requestContext/http/method", "exists": true }, { "pointer": "/routeKey", "exists": true }, { "pointer": "/type", "exists": false }] }, { "id": "apigateway.request-authorizer", "conditions": [{ "pointer": "/type", "equals": "REQUEST" }, { "pointer": "/methodArn", "exists": true }, { "pointer": "/version", "exists": false }, { "pointer": "/requestContext/connectionId", "exists": false }] }, { "id": "apigateway.rest-proxy", "conditions": [{ "pointer": "/requestContext/resourceId", "exists": true }, { "pointer": "/version", "exists": false }, { "pointer": "/type", "exists": false }, { "pointer": "/requestContext/connectionId", "exists": false }] }, { "id": "apigateway.token-authorizer", "conditions": [{ "pointer": "/type", "equals": "TOKEN" }, { "pointer": "/authorizationToken", "exists": true }, { "pointer": "/methodArn", "exists": true }] }, { "id": "apigateway.websocket", "conditions": [{ "pointer": "/requestContext/eventType", "in": ["CONNECT", "DISCONNECT", "MESSAGE"] }, { "pointer": "/requestContext/connectionId", "exists": true }, { "pointer": "/type", "exists": false }, { "pointer": "/methodArn", "exists": false }] }, { "id": "apigateway.websocket-authorizer", "conditions": [{ "pointer": "/type", "equals": "REQUEST" }, { "pointer": "/methodArn", "exists": true }, { "pointer": "/requestContext/connectionId", "exists": true }, { "pointer": "/version", "exists": false }] }, { "id": "cloudformation.custom-resource-in-sns", "conditions": [{ "pointer": "/Records/0/EventSource", "equals": "aws:sns" }, { "pointer": "/Records/0/Sns/Message", "pattern": '^\\s*\\{.*"RequestType"\\s*:\\s*"(Create|Update|Delete)"' }, { "pointer": "/Records/0/Sns/Message", "pattern": '^\\s*\\{.*"ResponseURL"\\s*:' }] }, { "id": "cloudwatch.alarm", "conditions": [{ "pointer": "/source", "equals": "aws.cloudwatch" }, { "pointer": "/alarmArn", "exists": true }, { "pointer": "/alarmData", "exists": true }, { "pointer": "/detail-type", "exists": false }] }, { "id": "cloudwatch.alarm-sns-message", "conditions": [{ "pointer": "/NewStateValue", "in": ["OK", "ALARM", "INSUFFICIENT_DATA"] }, { "pointer": "/AlarmName", "exists": true }, { "pointer": "/AlarmArn", "exists": true }, { "pointer": "/OldStateValue", "exists": true }] }, { "id": "cloudwatch.logs", "conditions": [{ "pointer": "/awslogs/data", "exists": true }] }, { "id": "cloudwatch.logs-data", "conditions": [{ "pointer": "/messageType", "in": ["DATA_MESSAGE", "CONTROL_MESSAGE"] }, { "pointer": "/logGroup", "exists": true }, { "pointer": "/logStream", "exists": true }, { "pointer": "/logEvents", "exists": true }] }, { "id": "cloudwatch.logs-data-in-firehose", "conditions": [{ "pointer": "/deliveryStreamArn", "exists": true }, { "pointer": "/invocationId", "exists": true }, { "pointer": "/records/0/recordId", "exists": true }, { "pointer": "/records/0/data", "pattern": "^H4sI" }] }, { "id": "cloudwatch.logs-data-in-kinesis", "conditions": [{ "pointer": "/Records/0/eventSource", "equals": "aws:kinesis" }, { "pointer": "/window", "exists": false }, { "pointer": "/Records/0/kinesis/data", "pattern": "^H4sI" }] }, { "id": "codecommit.trigger", "conditions": [{ "pointer": "/Records/0/eventSource", "equals": "aws:codecommit" }, { "pointer": "/Records/0/codecommit", "exists": true }] }, { "id": "codepipeline.job", "conditions": [{ "pointer": "/CodePipeline.job/id", "exists": true }, { "pointer": "/CodePipeline.job/data", "exists": true }] }, { "id": "config.rule", "conditions": [{ "pointer": "/configRuleName", "exists": true }, { "pointer": "/invokingEvent", "exists": true }, { "pointer": "/resultToken", "exists": true }] }, { "id": "documentdb.change-stream", "conditions": [{ "pointer": "/eventSource", "equals": "aws:docdb" }] }, { "id": "dynamodb.stream-batch", "conditions": [{ "pointer": "/Records/0/eventSource", "equals": "aws:dynamodb" }] }, { "id": "dynamodb.stream-record-in-kinesis", "conditions": [{ "pointer": "/Records/0/eventSource", "equals": "aws:kinesis" }, { "pointer": "/window", "exists": false }, { "pointer": "/Records/0/kinesis/data", "pattern": "^eyJhd3NSZWdpb24iOi" }] }, { "id": "dynamodb.stream-tumbling-window", "conditions": [{ "pointer": "/Records/0/eventSource", "equals": "aws:dynamodb" }, { "pointer": "/window", "exists": true }] }, { "id": "eventbridge.event", "conditions": [{ "pointer": "/detail-type", "exists": true }] }, { "id": "eventbridge.scheduled", "conditions": [{ "pointer": "/detail-type", "equals": "Scheduled Event" }, { "pointer": "/source", "equals": "aws.events" }] }, { "id": "iot.button", "conditions": [{ "pointer": "/clickType", "in": ["SINGLE", "DOUBLE", "LONG"] }, { "pointer": "/serialNumber", "exists": true }, { "pointer": "/batteryVoltage", "exists": true }] }, { "id": "iot.one-click", "conditions": [{ "pointer": "/deviceEvent", "exists": true }, { "pointer": "/deviceInfo/deviceId", "exists": true }, { "pointer": "/deviceInfo/type", "exists": true }] }, { "id": "iot.registry-thing-event", "conditions": [{ "pointer": "/eventType", "equals": "THING_EVENT" }, { "pointer": "/eventId", "exists": true }, { "pointer": "/operation", "exists": true }, { "pointer": "/timestamp", "exists": true }] }, { "id": "iot.registry-thing-group-event", "conditions": [{ "pointer": "/eventType", "equals": "THING_GROUP_EVENT" }, { "pointer": "/eventId", "exists": true }, { "pointer": "/operation", "exists": true }, { "pointer": "/timestamp", "exists": true }] }, { "id": "iot.registry-thing-group-hierarchy-event", "conditions": [{ "pointer": "/eventType", "equals": "THING_GROUP_HIERARCHY_EVENT" }, { "pointer": "/eventId", "exists": true }, { "pointer": "/operation", "exists": true }, { "pointer": "/timestamp", "exists": true }] }, { "id": "iot.registry-thing-group-membership-event", "conditions": [{ "pointer": "/eventType", "equals": "THING_GROUP_MEMBERSHIP_EVENT" }, { "pointer": "/eventId", "exists": true }, { "pointer": "/operation", "exists": true }, { "pointer": "/timestamp", "exists": true }] }, { "id": "iot.registry-thing-type-association-event", "conditions": [{ "pointer": "/eventType", "equals": "THING_TYPE_ASSOCIATION_EVENT" }, { "pointer": "/eventId", "exists": true }, { "pointer": "/operation", "exists": true }, { "pointer": "/timestamp", "exists": true }] }, { "id": "iot.registry-thing-type-event", "conditions": [{ "pointer": "/eventType", "equals": "THING_TYPE_EVENT" }, { "pointer": "/eventId", "exists": true }, { "pointer": "/operation", "exists": true }, { "pointer": "/timestamp", "exists": true }] }, { "id": "kafka.msk", "conditions": [{ "pointer": "/eventSource", "equals": "aws:kafka" }] }, { "id": "kafka.self-managed", "conditions": [{ "pointer": "/eventSource", "in": ["SelfManagedKafka", "aws:SelfManagedKafka"] }] }, { "id": "kinesis.stream-batch", "conditions": [{ "pointer": "/Records/0/eventSource", "equals": "aws:kinesis" }] }, { "id": "kinesis.stream-tumbling-window", "conditions": [{ "pointer": "/Records/0/eventSource", "equals": "aws:kinesis" }, { "pointer": "/window", "exists": true }] }, { "id": "lambda.destination-record", "conditions": [{ "pointer": "/version", "equals": "1.0" }, { "pointer": "/requestContext/condition", "exists": true }, { "pointer": "/requestContext/approximateInvokeCount", "exists": true }, { "pointer": "/requestContext/functionArn", "exists": true }, { "pointer": "/timestamp", "exists": true }] }, { "id": "lambda.function-url", "conditions": [{ "pointer": "/version", "equals": "2.0" }, { "pointer": "/requestContext/domainName", "pattern": "\\.([a-z0-9-]+-)?lambda-url\\.[a-z0-9-]+\\.on\\.aws$" }, { "pointer": "/requestContext/http/method", "exists": true }, { "pointer": "/rawPath", "exists": true }, { "pointer": "/rawQueryString", "exists": true }] }, { "id": "mq.activemq", "conditions": [{ "pointer": "/eventSource", "in": ["aws:mq", "aws:amq"] }] }, { "id": "mq.rabbitmq", "conditions": [{ "pointer": "/eventSource", "equals": "aws:rmq" }] }, { "id": "s3.batch-v1", "conditions": [{ "pointer": "/invocationSchemaVersion", "equals": "1.0" }, { "pointer": "/tasks", "exists": true }] }, { "id": "s3.batch-v2", "conditions": [{ "pointer": "/invocationSchemaVersion", "equals": "2.0" }, { "pointer": "/tasks", "exists": true }] }, { "id": "s3.eventbridge-object-access-tier-changed", "conditions": [{ "pointer": "/detail-type", "equals": "Object Access Tier Changed" }, { "pointer": "/source", "equals": "aws.s3" }] }, { "id": "s3.eventbridge-object-acl-updated", "conditions": [{ "pointer": "/detail-type", "equals": "Object ACL Updated" }, { "pointer": "/source", "equals": "aws.s3" }] }, { "id": "s3.eventbridge-object-created", "conditions": [{ "pointer": "/detail-type", "equals": "Object Created" }, { "pointer": "/source", "equals": "aws.s3" }] }, { "id": "s3.eventbridge-object-deleted", "conditions": [{ "pointer": "/detail-type", "equals": "Object Deleted" }, { "pointer": "/source", "equals": "aws.s3" }] }, { "id": "s3.eventbridge-object-restore-completed", "conditions": [{ "pointer": "/detail-type", "equals": "Object Restore Completed" }, { "pointer": "/source", "equals": "aws.s3" }] }, { "id": "s3.eventbridge-object-restore-expired", "conditions": [{ "pointer": "/detail-type", "equals": "Object Restore Expired" }, { "pointer": "/source", "equals": "aws.s3" }] }, { "id": "s3.eventbridge-object-restore-initiated", "conditions": [{ "pointer": "/detail-type", "equals": "Object Restore Initiated" }, { "pointer": "/source", "equals": "aws.s3" }] }, { "id": "s3.eventbridge-object-storage-class-changed", "conditions": [{ "pointer": "/detail-type", "equals": "Object Storage Class Changed" }, { "pointer": "/source", "equals": "aws.s3" }] }, { "id": "s3.eventbridge-object-tags-added", "conditions": [{ "pointer": "/detail-type", "equals": "Object Tags Added" }, { "pointer": "/source", "equals": "aws.s3" }] }, { "id": "s3.eventbridge-object-tags-deleted", "conditions": [{ "pointer": "/detail-type", "equals": "Object Tags Deleted" }, { "pointer": "/source", "equals": "aws.s3" }] }, { "id": "s3.notification", "conditions": [{ "pointer": "/Records/0/eventSource", "equals": "aws:s3" }] }, { "id": "s3.notification-in-sqs", "conditions": [{ "pointer": "/Records/0/eventSource", "equals": "aws:sqs" }, { "pointer": "/Records/0/body", "pattern": '^\\s*\\{\\s*"Records"\\s*:\\s*\\[.*"eventSource"\\s*:\\s*"aws:s3"' }] }, { "id": "s3.object-lambda", "conditions": [{ "pointer": "/xAmzRequestId", "exists": true }, { "pointer": "/configuration/accessPointArn", "pattern": "^arn:aws[a-z-]*:s3-object-lambda:" }, { "pointer": "/userRequest/url", "exists": true }] }, { "id": "s3.test-event", "conditions": [{ "pointer": "/Event", "equals": "s3:TestEvent" }, { "pointer": "/Service", "equals": "Amazon S3" }] }, { "id": "ses.receipt", "conditions": [{ "pointer": "/Records/0/eventSource", "equals": "aws:ses" }, { "pointer": "/Records/0/ses/mail", "exists": true }] }, { "id": "sns.notification", "conditions": [{ "pointer": "/Records/0/EventSource", "equals": "aws:sns" }] }, { "id": "sns.notification-in-sqs", "conditions": [{ "pointer": "/Records/0/eventSource", "equals": "aws:sqs" }, { "pointer": "/Records/0/body", "pattern": '^\\s*\\{\\s*"Type"\\s*:\\s*"Notification"\\s*,' }] }, { "id": "sqs.batch", "conditions": [{ "pointer": "/Records/0/eventSource", "equals": "aws:sqs" }] }, { "id": "sqs.message-in-firehose", "conditions": [{ "pointer": "/deliveryStreamArn", "exists": true }, { "pointer": "/invocationId", "exists": true }, { "pointer": "/records/0/recordId", "exists": true }, { "pointer": "/records/0/data", "pattern": "^eyJtZXNzYWdlSWQiOi" }] }, { "id": "vpc-lattice.request-v1", "conditions": [{ "pointer": "/raw_path", "exists": true }, { "pointer": "/method", "exists": true }, { "pointer": "/version", "exists": false }] }, { "id": "vpc-lattice.request-v2", "conditions": [{ "pointer": "/version", "equals": "2.0" }, { "pointer": "/requestContext/targetGroupArn", "exists": true }, { "pointer": "/requestContext/serviceArn", "exists": true }, { "pointer": "/method", "exists": true }, { "pointer": "/requestContext/http", "exists": false }] }];
var IDS = Object.freeze(["alb.request", "alb.request.result", "apigateway.http-authorizer-v1", "apigateway.http-authorizer-v1.result", "apigateway.http-authorizer-v2", "apigateway.http-authorizer-v2.result", "apigateway.http-proxy-v1", "apigateway.http-proxy-v1.result", "apigateway.http-proxy-v2", "apigateway.http-proxy-v2.result", "apigateway.request-authorizer", "apigateway.request-authorizer.result", "apigateway.rest-proxy", "apigateway.rest-proxy-streaming.result", "apigateway.rest-proxy.result", "apigateway.token-authorizer", "apigateway.token-authorizer.result", "apigateway.websocket", "apigateway.websocket-authorizer", "apigateway.websocket.result", "cloudformation.custom-resource-in-sns", "cloudwatch.alarm", "cloudwatch.alarm-sns-message", "cloudwatch.logs", "cloudwatch.logs-data", "cloudwatch.logs-data-in-firehose", "cloudwatch.logs-data-in-kinesis", "codecommit.trigger", "codepipeline.job", "config.rule", "documentdb.change-stream", "dynamodb.stream-batch", "dynamodb.stream-batch.result", "dynamodb.stream-record-in-kinesis", "dynamodb.stream-tumbling-window", "dynamodb.stream-tumbling-window.result", "eventbridge.event", "eventbridge.scheduled", "iot.button", "iot.one-click", "iot.registry-thing-event", "iot.registry-thing-group-event", "iot.registry-thing-group-hierarchy-event", "iot.registry-thing-group-membership-event", "iot.registry-thing-type-association-event", "iot.registry-thing-type-event", "iot.rule-action", "kafka.msk", "kafka.self-managed", "kinesis.stream-batch", "kinesis.stream-batch.result", "kinesis.stream-tumbling-window", "kinesis.stream-tumbling-window.result", "lambda.destination-record", "lambda.function-url", "lambda.function-url-streaming.result", "lambda.function-url.result", "mq.activemq", "mq.rabbitmq", "s3.batch-v1", "s3.batch-v1.result", "s3.batch-v2", "s3.batch-v2.result", "s3.eventbridge-object-access-tier-changed", "s3.eventbridge-object-acl-updated", "s3.eventbridge-object-created", "s3.eventbridge-object-deleted", "s3.eventbridge-object-restore-completed", "s3.eventbridge-object-restore-expired", "s3.eventbridge-object-restore-initiated", "s3.eventbridge-object-storage-class-changed", "s3.eventbridge-object-tags-added", "s3.eventbridge-object-tags-deleted", "s3.notification", "s3.notification-in-sqs", "s3.object-lambda", "s3.object-lambda.result", "s3.test-event", "ses.receipt", "ses.receipt.result", "sns.notification", "sns.notification-in-sqs", "sqs.batch", "sqs.batch.result", "sqs.message-in-firehose", "vpc-lattice.request-v1", "vpc-lattice.request-v1.result", "vpc-lattice.request-v2", "vpc-lattice.request-v2.result"]);

// generator/runtime/detect.ts
var detector = createDetector(RULES);
var detect = detector.detect;
var explain = detector.explain;
export {
  detect,
  explain
};
