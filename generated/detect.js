// Generated from schemas/ (x-lambda.detect) and generator/runtime/detect.ts by `npm run generate`. Do not edit: change the schema and regenerate.
// generator/runtime/detect.ts
var MISSING = /* @__PURE__ */ Symbol("missing");
var own = Object.prototype.hasOwnProperty;
function parsePointer(pointer) {
  return pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function at(value, segments) {
  let node = value;
  for (const segment of segments) {
    if (node === null || typeof node !== "object") return MISSING;
    if (Array.isArray(node)) {
      if (!/^(0|[1-9][0-9]*)$/.test(segment)) return MISSING;
      const index = Number(segment);
      if (index >= node.length) return MISSING;
      node = node[index];
    } else {
      if (!own.call(node, segment)) return MISSING;
      node = node[segment];
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
      for (const key of keys) {
        const k = JSON.stringify(key);
        slot.table.set(k, [...slot.table.get(k) ?? [], rule]);
      }
  }
  const slots = [...byValue.values()];
  function detect2(event) {
    let best = null;
    for (const slot of slots) {
      const v = at(event, slot.segments);
      const filed = v === MISSING || v !== null && typeof v === "object" ? void 0 : slot.table.get(JSON.stringify(v));
      for (const group of filed ? [filed, slot.other] : [slot.other]) {
        for (const rule of group) {
          if ((best === null || rule.conditions.length > best.conditions.length) && rule.conditions.every((c) => holds(c, event))) best = rule;
        }
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

// detect.entry.ts
var detector = createDetector([{ "id": "alb.request", "conditions": [{ "pointer": "/requestContext/elb/targetGroupArn", "exists": true }] }, { "id": "apigateway.http-proxy-v2", "conditions": [{ "pointer": "/version", "equals": "2.0" }, { "pointer": "/requestContext/http/method", "exists": true }, { "pointer": "/routeKey", "exists": true }, { "pointer": "/type", "exists": false }] }, { "id": "apigateway.rest-proxy", "conditions": [{ "pointer": "/requestContext/resourceId", "exists": true }, { "pointer": "/version", "exists": false }, { "pointer": "/type", "exists": false }, { "pointer": "/requestContext/connectionId", "exists": false }] }, { "id": "dynamodb.stream-batch", "conditions": [{ "pointer": "/Records/0/eventSource", "equals": "aws:dynamodb" }] }, { "id": "eventbridge.event", "conditions": [{ "pointer": "/detail-type", "exists": true }] }, { "id": "eventbridge.scheduled", "conditions": [{ "pointer": "/detail-type", "equals": "Scheduled Event" }, { "pointer": "/source", "equals": "aws.events" }] }, { "id": "kinesis.stream-batch", "conditions": [{ "pointer": "/Records/0/eventSource", "equals": "aws:kinesis" }] }, { "id": "lambda.function-url", "conditions": [{ "pointer": "/version", "equals": "2.0" }, { "pointer": "/requestContext/domainName", "pattern": "\\.lambda-url\\.[a-z0-9-]+\\.on\\.aws$" }, { "pointer": "/requestContext/http/method", "exists": true }, { "pointer": "/rawPath", "exists": true }, { "pointer": "/rawQueryString", "exists": true }] }, { "id": "s3.notification", "conditions": [{ "pointer": "/Records/0/eventSource", "equals": "aws:s3" }] }, { "id": "sns.notification", "conditions": [{ "pointer": "/Records/0/EventSource", "equals": "aws:sns" }] }, { "id": "sqs.batch", "conditions": [{ "pointer": "/Records/0/eventSource", "equals": "aws:sqs" }] }]);
var detect = detector.detect;
var explain = detector.explain;
export {
  detect,
  explain
};
