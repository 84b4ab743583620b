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
function consider(group, event, best) {
  for (let i = 0; i < group.length; i++) {
    const rule = group[i];
    if (best !== null && (rule.conditions.length < best.conditions.length || rule.conditions.length === best.conditions.length && rule.order >= best.order)) continue;
    let ok = true;
    for (let j = 0; j < rule.conditions.length && ok; j++) ok = holds(rule.conditions[j], event);
    if (ok) best = rule;
  }
  return best;
}
function createDetector(rules) {
  const compiled = rules.map((r, order) => ({ id: r.id, order, conditions: r.conditions.map(compileCondition) }));
  const byValue = /* @__PURE__ */ new Map();
  for (const rule of compiled) {
    const first = rule.conditions[0];
    let slot = byValue.get(first.source.pointer);
    if (!slot) byValue.set(first.source.pointer, slot = { segments: first.segments, table: /* @__PURE__ */ new Map(), other: [], absent: [] });
    const keys = "equals" in first.source ? [first.source.equals] : "in" in first.source ? first.source.in : null;
    if (keys === null) {
      slot.other.push(rule);
      if ("exists" in first.source && first.source.exists === false) slot.absent.push(rule);
    } else for (const key of keys) slot.table.set(key, [...slot.table.get(key) ?? [], rule]);
  }
  const byKey = /* @__PURE__ */ new Map();
  for (const slot of byValue.values()) {
    const first = slot.segments[0]?.key ?? "";
    byKey.set(first, [...byKey.get(first) ?? [], slot]);
  }
  const absentSlots = [...byValue.values()].filter((slot) => slot.absent.length > 0);
  function detect2(event) {
    if (event === null || typeof event !== "object" || Array.isArray(event)) return null;
    let best = null;
    for (const key in event) {
      if (!own.call(event, key)) continue;
      const slots = byKey.get(key);
      if (slots === void 0) continue;
      for (let s = 0; s < slots.length; s++) {
        const slot = slots[s];
        const v = at(event, slot.segments);
        if (v !== MISSING && (v === null || typeof v !== "object")) {
          const filed = slot.table.get(v);
          if (filed !== void 0) best = consider(filed, event, best);
        }
        if (slot.other.length > 0) best = consider(slot.other, event, best);
      }
    }
    for (let s = 0; s < absentSlots.length; s++) {
      const slot = absentSlots[s];
      if (!own.call(event, slot.segments[0]?.key ?? "")) best = consider(slot.absent, event, best);
    }
    return best?.id ?? null;
  }
  function closeness(c, actual) {
    if (typeof actual !== "string") return 0;
    const expected = "equals" in c ? [c.equals] : "in" in c ? c.in : [];
    let best = 0;
    for (const e of expected) {
      if (typeof e !== "string") continue;
      let n = 0;
      while (n < e.length && n < actual.length && e[n] === actual[n]) n++;
      best = Math.max(best, n / Math.max(e.length, actual.length));
    }
    return best;
  }
  function explain2(event, limit = 3) {
    const isAbsence = (c) => "exists" in c && c.exists === false;
    return compiled.map((rule) => {
      let matched = 0;
      let present = 0;
      let close = 0;
      const failed = [];
      for (const c of rule.conditions) {
        const v = at(event, c.segments);
        const found = v !== MISSING;
        if (c.test(v, found)) {
          matched++;
          if (!isAbsence(c.source)) present++;
          continue;
        }
        if (found && !isAbsence(c.source)) present++;
        close += found ? closeness(c.source, v) : 0;
        failed.push(!found || v !== null && typeof v === "object" ? c.source : { ...c.source, actual: v });
      }
      return { id: rule.id, matched, total: rule.conditions.length, failed, present, close };
    }).filter((c) => c.present > 0).sort((a, b) => (b.matched + b.close) / b.total - (a.matched + a.close) / a.total || b.matched - a.matched || (a.id < b.id ? -1 : 1)).slice(0, limit).map(({ present: _present, close: _close, ...candidate }) => candidate);
  }
  return { detect: detect2, explain: explain2 };
}

// generator/runtime/detect-data.ts
var DETECT = /* @__PURE__ */ (() => {
  const own2 = Object.prototype.hasOwnProperty;
  function p0(e) {
    let x = e.source;
    return x;
  }
  function p1(e) {
    let x = e.detail;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.trigger;
    if (typeof x !== "object" || x === null) return void 0;
    x = x["alert-type"];
    return x;
  }
  function p2(e) {
    let x = e.detail;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.summary;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.Object;
    return x;
  }
  function p3(e) {
    let x = e.detail;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.summary;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.Events;
    return x;
  }
  function p4(e) {
    let x = e.detail;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.summary;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.ACL;
    return x;
  }
  function p5(e) {
    let x = e.detail;
    if (typeof x !== "object" || x === null) return void 0;
    x = x["notification-type"];
    return x;
  }
  function f0(e, b) {
    let v, c;
    if (b <= 27) return b;
    if (p0(e) === "aws.macie" && p1(e) === "basic" && p2(e) !== void 0) return 27;
    if (b <= 28) return b;
    if (p0(e) === "aws.macie" && p1(e) === "basic" && p3(e) !== void 0) return 28;
    if (b <= 29) return b;
    if (p0(e) === "aws.macie" && p1(e) === "basic" && p4(e) !== void 0) return 29;
    if (b <= 68) return b;
    if (p0(e) === "aws.macie" && p5(e) === "ALERT_UPDATED") return 68;
    return b;
  }
  function p6(e) {
    let x = e.detail;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.type;
    return x;
  }
  function f1(e, b) {
    let v, c;
    if (b <= 51) return b;
    if (p0(e) === "aws.gamelift" && p6(e) === "AcceptMatch") return 51;
    if (b <= 52) return b;
    if (p0(e) === "aws.gamelift" && p6(e) === "AcceptMatchCompleted") return 52;
    if (b <= 53) return b;
    if (p0(e) === "aws.gamelift" && p6(e) === "MatchmakingCancelled") return 53;
    if (b <= 54) return b;
    if (p0(e) === "aws.gamelift" && p6(e) === "MatchmakingFailed") return 54;
    if (b <= 55) return b;
    if (p0(e) === "aws.gamelift" && p6(e) === "MatchmakingSearching") return 55;
    if (b <= 56) return b;
    if (p0(e) === "aws.gamelift" && p6(e) === "MatchmakingSucceeded") return 56;
    if (b <= 57) return b;
    if (p0(e) === "aws.gamelift" && p6(e) === "MatchmakingTimedOut") return 57;
    if (b <= 58) return b;
    if (p0(e) === "aws.gamelift" && p6(e) === "PotentialMatchCreated") return 58;
    return b;
  }
  function p7(e) {
    let x = e.detail;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.state;
    return x;
  }
  function f2(e, b) {
    let v, c;
    if (b <= 59) return b;
    if (p0(e) === "aws.glue" && p7(e) === "Failed") return 59;
    if (b <= 60) return b;
    if (p0(e) === "aws.glue" && p7(e) === "Started") return 60;
    if (b <= 61) return b;
    if (p0(e) === "aws.glue" && p7(e) === "Succeeded") return 61;
    return b;
  }
  function f3(e, b) {
    let v, c;
    if (b <= 73) return b;
    if (p0(e) === "aws.autoscaling") return 73;
    return b;
  }
  function f4(e, b) {
    let v, c;
    if (b <= 74) return b;
    if (p0(e) === "aws.autoscaling") return 74;
    return b;
  }
  function f5(e, b) {
    let v, c;
    if (b <= 75) return b;
    if (p0(e) === "aws.autoscaling") return 75;
    return b;
  }
  function f6(e, b) {
    let v, c;
    if (b <= 76) return b;
    if (p0(e) === "aws.autoscaling") return 76;
    return b;
  }
  function f7(e, b) {
    let v, c;
    if (b <= 77) return b;
    if (p0(e) === "aws.autoscaling") return 77;
    return b;
  }
  function f8(e, b) {
    let v, c;
    if (b <= 78) return b;
    if (p0(e) === "aws.autoscaling") return 78;
    return b;
  }
  function f9(e, b) {
    let v, c;
    if (b <= 81) return b;
    if (typeof (v = p0(e)) === "string" && v.charCodeAt(0) === 97 && v.startsWith("aws.")) return 81;
    return b;
  }
  function f10(e, b) {
    let v, c;
    if (b <= 82) return b;
    if (p0(e) === "aws.codebuild") return 82;
    return b;
  }
  function f11(e, b) {
    let v, c;
    if (b <= 83) return b;
    if (p0(e) === "aws.codebuild") return 83;
    return b;
  }
  function f12(e, b) {
    let v, c;
    if (b <= 85) return b;
    if (p0(e) === "aws.codedeploy") return 85;
    return b;
  }
  function f13(e, b) {
    let v, c;
    if (b <= 86) return b;
    if (p0(e) === "aws.codedeploy") return 86;
    return b;
  }
  function f14(e, b) {
    let v, c;
    if (b <= 88) return b;
    if (p0(e) === "aws.codepipeline") return 88;
    return b;
  }
  function f15(e, b) {
    let v, c;
    if (b <= 89) return b;
    if (p0(e) === "aws.codepipeline") return 89;
    return b;
  }
  function f16(e, b) {
    let v, c;
    if (b <= 90) return b;
    if (p0(e) === "aws.codepipeline") return 90;
    return b;
  }
  function f17(e, b) {
    let v, c;
    if (b <= 98) return b;
    if (p0(e) === "aws.ec2") return 98;
    return b;
  }
  function f18(e, b) {
    let v, c;
    if (b <= 99) return b;
    if (p0(e) === "aws.ecr") return 99;
    return b;
  }
  function f19(e, b) {
    let v, c;
    if (b <= 100) return b;
    if (p0(e) === "aws.ecr") return 100;
    return b;
  }
  function f20(e, b) {
    let v, c;
    if (b <= 101) return b;
    if (p0(e) === "aws.ecs") return 101;
    return b;
  }
  function f21(e, b) {
    let v, c;
    if (b <= 102) return b;
    if (p0(e) === "aws.emr") return 102;
    return b;
  }
  function f22(e, b) {
    let v, c;
    if (b <= 103) return b;
    if (p0(e) === "aws.emr") return 103;
    return b;
  }
  function f23(e, b) {
    let v, c;
    if (b <= 104) return b;
    if (p0(e) === "aws.emr") return 104;
    return b;
  }
  function f24(e, b) {
    let v, c;
    if (b <= 105) return b;
    if (p0(e) === "aws.emr") return 105;
    return b;
  }
  function f25(e, b) {
    let v, c;
    if (b <= 106) return b;
    if (p0(e) === "aws.events") return 106;
    return b;
  }
  function f26(e, b) {
    let v, c;
    if (b <= 107) return b;
    if (p0(e) === "aws.glue") return 107;
    return b;
  }
  function f27(e, b) {
    let v, c;
    if (b <= 108) return b;
    if (p0(e) === "aws.glue") return 108;
    return b;
  }
  function f28(e, b) {
    let v, c;
    if (b <= 109) return b;
    if (p0(e) === "aws.glue") return 109;
    return b;
  }
  function f29(e, b) {
    let v, c;
    if (b <= 110) return b;
    if (p0(e) === "aws.glue") return 110;
    return b;
  }
  function f30(e, b) {
    let v, c;
    if (b <= 111) return b;
    if (p0(e) === "aws.guardduty") return 111;
    return b;
  }
  function f31(e, b) {
    let v, c;
    if (b <= 112) return b;
    if (p0(e) === "aws.health") return 112;
    return b;
  }
  function f32(e, b) {
    let v, c;
    if (b <= 114) return b;
    if (p0(e) === "aws.kms") return 114;
    return b;
  }
  function f33(e, b) {
    let v, c;
    if (b <= 115) return b;
    if (p0(e) === "aws.opsworks") return 115;
    return b;
  }
  function f34(e, b) {
    let v, c;
    if (b <= 116) return b;
    if (p0(e) === "aws.opsworks") return 116;
    return b;
  }
  function f35(e, b) {
    let v, c;
    if (b <= 117) return b;
    if (p0(e) === "aws.opsworks") return 117;
    return b;
  }
  function f36(e, b) {
    let v, c;
    if (b <= 118) return b;
    if (p0(e) === "aws.opsworks") return 118;
    return b;
  }
  function f37(e, b) {
    let v, c;
    if (b <= 121) return b;
    if (p0(e) === "aws.s3") return 121;
    return b;
  }
  function f38(e, b) {
    let v, c;
    if (b <= 122) return b;
    if (p0(e) === "aws.s3") return 122;
    return b;
  }
  function f39(e, b) {
    let v, c;
    if (b <= 123) return b;
    if (p0(e) === "aws.s3") return 123;
    return b;
  }
  function f40(e, b) {
    let v, c;
    if (b <= 124) return b;
    if (p0(e) === "aws.s3") return 124;
    return b;
  }
  function f41(e, b) {
    let v, c;
    if (b <= 125) return b;
    if (p0(e) === "aws.s3") return 125;
    return b;
  }
  function f42(e, b) {
    let v, c;
    if (b <= 126) return b;
    if (p0(e) === "aws.s3") return 126;
    return b;
  }
  function f43(e, b) {
    let v, c;
    if (b <= 127) return b;
    if (p0(e) === "aws.s3") return 127;
    return b;
  }
  function f44(e, b) {
    let v, c;
    if (b <= 128) return b;
    if (p0(e) === "aws.s3") return 128;
    return b;
  }
  function f45(e, b) {
    let v, c;
    if (b <= 129) return b;
    if (p0(e) === "aws.s3") return 129;
    return b;
  }
  function f46(e, b) {
    let v, c;
    if (b <= 130) return b;
    if (p0(e) === "aws.s3") return 130;
    return b;
  }
  function f47(e, b) {
    let v, c;
    if (b <= 135) return b;
    if (p0(e) === "aws.signin") return 135;
    return b;
  }
  function f48(e, b) {
    let v, c;
    if (b <= 136) return b;
    if (p0(e) === "aws.sms") return 136;
    return b;
  }
  function f49(e, b) {
    let v, c;
    if (b <= 138) return b;
    if (p0(e) === "aws.ssm") return 138;
    return b;
  }
  function f50(e, b) {
    let v, c;
    if (b <= 139) return b;
    if (p0(e) === "aws.ssm") return 139;
    return b;
  }
  function f51(e, b) {
    let v, c;
    if (b <= 140) return b;
    if (p0(e) === "aws.ssm") return 140;
    return b;
  }
  function f52(e, b) {
    let v, c;
    if (b <= 141) return b;
    if (p0(e) === "aws.ssm") return 141;
    return b;
  }
  function f53(e, b) {
    let v, c;
    if (b <= 142) return b;
    if (p0(e) === "aws.ssm") return 142;
    return b;
  }
  function f54(e, b) {
    let v, c;
    if (b <= 143) return b;
    if (p0(e) === "aws.ssm") return 143;
    return b;
  }
  function f55(e, b) {
    let v, c;
    if (b <= 144) return b;
    if (p0(e) === "aws.ssm") return 144;
    return b;
  }
  function f56(e, b) {
    let v, c;
    if (b <= 145) return b;
    if (p0(e) === "aws.ssm") return 145;
    return b;
  }
  function f57(e, b) {
    let v, c;
    if (b <= 146) return b;
    if (p0(e) === "aws.ssm") return 146;
    return b;
  }
  function f58(e, b) {
    let v, c;
    if (b <= 147) return b;
    if (p0(e) === "aws.ssm") return 147;
    return b;
  }
  function f59(e, b) {
    let v, c;
    if (b <= 148) return b;
    if (p0(e) === "aws.ssm") return 148;
    return b;
  }
  function f60(e, b) {
    let v, c;
    if (b <= 149) return b;
    if (p0(e) === "aws.ssm") return 149;
    return b;
  }
  function f61(e, b) {
    let v, c;
    if (b <= 150) return b;
    if (p0(e) === "aws.ssm") return 150;
    return b;
  }
  function f62(e, b) {
    let v, c;
    if (b <= 151) return b;
    if (p0(e) === "aws.ssm") return 151;
    return b;
  }
  function f63(e, b) {
    let v, c;
    if (b <= 152) return b;
    if (p0(e) === "aws.states") return 152;
    return b;
  }
  function f64(e, b) {
    let v, c;
    if (b <= 153) return b;
    if (p0(e) === "aws.tag") return 153;
    return b;
  }
  function f65(e, b) {
    let v, c;
    if (b <= 154) return b;
    if (p0(e) === "aws.trustedadvisor") return 154;
    return b;
  }
  function p8(e) {
    let x = e["detail-type"];
    return x;
  }
  function f66(v, e, b) {
    if (v === "Macie Alert") return f0(e, b);
    return b;
  }
  function f67(v, e, b) {
    if (v === "GameLift Matchmaking Event") return f1(e, b);
    return b;
  }
  function f68(v, e, b) {
    if (v === "Glue Crawler State Change") return f2(e, b);
    return b;
  }
  function f69(v, e, b) {
    if (v === "EC2 Instance-launch Lifecycle Action") return f3(e, b);
    return b;
  }
  function f70(v, e, b) {
    if (v === "EC2 Instance Launch Successful") return f4(e, b);
    return b;
  }
  function f71(v, e, b) {
    if (v === "EC2 Instance Launch Unsuccessful") return f5(e, b);
    return b;
  }
  function f72(v, e, b) {
    if (v === "EC2 Instance-terminate Lifecycle Action") return f6(e, b);
    return b;
  }
  function f73(v, e, b) {
    if (v === "EC2 Instance Terminate Successful") return f7(e, b);
    return b;
  }
  function f74(v, e, b) {
    if (v === "EC2 Instance Terminate Unsuccessful") return f8(e, b);
    return b;
  }
  function f75(v, e, b) {
    if (v === "AWS API Call via CloudTrail") return f9(e, b);
    return b;
  }
  function f76(v, e, b) {
    if (v === "CodeBuild Build Phase Change") return f10(e, b);
    if (v === "CodeBuild Build State Change") return f11(e, b);
    return b;
  }
  function f77(v, e, b) {
    if (v === "CodeDeploy Deployment State-change Notification") return f12(e, b);
    return b;
  }
  function f78(v, e, b) {
    if (v === "CodeDeploy Instance State-change Notification") return f13(e, b);
    return b;
  }
  function f79(v, e, b) {
    if (v === "CodePipeline Action Execution State Change") return f14(e, b);
    return b;
  }
  function f80(v, e, b) {
    if (v === "CodePipeline Pipeline Execution State Change") return f15(e, b);
    return b;
  }
  function f81(v, e, b) {
    if (v === "CodePipeline Stage Execution State Change") return f16(e, b);
    return b;
  }
  function f82(v, e, b) {
    if (v === "EC2 Instance State-change Notification") return f17(e, b);
    if (v === "EC2 Command Status-change Notification") return f54(e, b);
    return b;
  }
  function f83(v, e, b) {
    if (v === "ECR Image Action") return f18(e, b);
    return b;
  }
  function f84(v, e, b) {
    if (v === "ECR Image Scan") return f19(e, b);
    return b;
  }
  function f85(v, e, b) {
    if (v === "ECS Container Instance State Change") return f20(e, b);
    return b;
  }
  function f86(v, e, b) {
    if (v === "EMR Auto Scaling Policy State Change") return f21(e, b);
    return b;
  }
  function f87(v, e, b) {
    if (v === "EMR Cluster State Change") return f22(e, b);
    return b;
  }
  function f88(v, e, b) {
    if (v === "EMR Instance Group State Change") return f23(e, b);
    return b;
  }
  function f89(v, e, b) {
    if (v === "EMR Step Status Change") return f24(e, b);
    return b;
  }
  function f90(v, e, b) {
    if (v === "Scheduled Event") return f25(e, b);
    return b;
  }
  function f91(v, e, b) {
    if (v === "Glue Data Catalog Database State Change") return f26(e, b);
    return b;
  }
  function f92(v, e, b) {
    if (v === "Glue Data Catalog Table State Change") return f27(e, b);
    return b;
  }
  function f93(v, e, b) {
    if (v === "Glue Job State Change") return f28(e, b);
    return b;
  }
  function f94(v, e, b) {
    if (v === "Glue Job Run Status") return f29(e, b);
    return b;
  }
  function f95(v, e, b) {
    if (v === "GuardDuty Malware Protection Object Scan Result") return f30(e, b);
    return b;
  }
  function f96(v, e, b) {
    if (v === "AWS Health Event") return f31(e, b);
    return b;
  }
  function f97(v, e, b) {
    if (v === "KMS CMK Rotation") return f32(e, b);
    if (v === "KMS CMK Deletion") return f32(e, b);
    return b;
  }
  function f98(v, e, b) {
    if (v === "KMS Imported Key Material Expiration") return f32(e, b);
    return b;
  }
  function f99(v, e, b) {
    if (v === "OpsWorks Alert") return f33(e, b);
    return b;
  }
  function f100(v, e, b) {
    if (v === "OpsWorks Command State Change") return f34(e, b);
    return b;
  }
  function f101(v, e, b) {
    if (v === "OpsWorks Deployment State Change") return f35(e, b);
    return b;
  }
  function f102(v, e, b) {
    if (v === "OpsWorks Instance State Change") return f36(e, b);
    return b;
  }
  function f103(v, e, b) {
    if (v === "Object Access Tier Changed") return f37(e, b);
    return b;
  }
  function f104(v, e, b) {
    if (v === "Object ACL Updated") return f38(e, b);
    return b;
  }
  function f105(v, e, b) {
    if (v === "Object Created") return f39(e, b);
    if (v === "Object Deleted") return f40(e, b);
    return b;
  }
  function f106(v, e, b) {
    if (v === "Object Restore Completed") return f41(e, b);
    if (v === "Object Restore Initiated") return f43(e, b);
    return b;
  }
  function f107(v, e, b) {
    if (v === "Object Restore Expired") return f42(e, b);
    return b;
  }
  function f108(v, e, b) {
    if (v === "Object Storage Class Changed") return f44(e, b);
    return b;
  }
  function f109(v, e, b) {
    if (v === "Object Tags Added") return f45(e, b);
    return b;
  }
  function f110(v, e, b) {
    if (v === "Object Tags Deleted") return f46(e, b);
    return b;
  }
  function f111(v, e, b) {
    if (v === "AWS Console Sign In via CloudTrail") return f47(e, b);
    return b;
  }
  function f112(v, e, b) {
    if (v === "Server Migration Job State Change") return f48(e, b);
    return b;
  }
  function f113(v, e, b) {
    if (v === "Calendar State Change") return f49(e, b);
    return b;
  }
  function f114(v, e, b) {
    if (v === "Configuration Compliance State Change") return f50(e, b);
    return b;
  }
  function f115(v, e, b) {
    if (v === "EC2 Automation Execution Status-change Notification") return f51(e, b);
    return b;
  }
  function f116(v, e, b) {
    if (v === "EC2 Automation Step Status-change Notification") return f52(e, b);
    return b;
  }
  function f117(v, e, b) {
    if (v === "EC2 Command Invocation Status-change Notification") return f53(e, b);
    return b;
  }
  function f118(v, e, b) {
    if (v === "EC2 State Manager Association State Change") return f55(e, b);
    return b;
  }
  function f119(v, e, b) {
    if (v === "EC2 State Manager Instance Association State Change") return f56(e, b);
    return b;
  }
  function f120(v, e, b) {
    if (v === "Maintenance Window Execution State-change Notification") return f57(e, b);
    return b;
  }
  function f121(v, e, b) {
    if (v === "Maintenance Window State-change Notification") return f58(e, b);
    return b;
  }
  function f122(v, e, b) {
    if (v === "Maintenance Window Target Registration Notification") return f59(e, b);
    return b;
  }
  function f123(v, e, b) {
    if (v === "Maintenance Window Task Execution State-change Notification") return f60(e, b);
    return b;
  }
  function f124(v, e, b) {
    if (v === "Maintenance Window Task Target Invocation State-change Notification") return f61(e, b);
    return b;
  }
  function f125(v, e, b) {
    if (v === "Parameter Store Change") return f62(e, b);
    return b;
  }
  function f126(v, e, b) {
    if (v === "Step Functions Execution Status Change") return f63(e, b);
    return b;
  }
  function f127(v, e, b) {
    if (v === "Tag Change on Resource") return f64(e, b);
    return b;
  }
  function f128(v, e, b) {
    if (v === "Trusted Advisor Check Item Refresh Notification") return f65(e, b);
    return b;
  }
  const c0 = /* @__PURE__ */ new Map([[740724, f66], [1722228, f67], [1656677, f68], [2377070, f69], [1983852, f70], [2114924, f71], [2573678, f72], [2180460, f73], [2311532, f74], [1786220, f75], [1852261, f76], [3097454, f77], [2966382, f78], [2769765, f79], [2900837, f80], [2704229, f81], [2508142, f82], [1066350, f83], [935278, f84], [2311525, f85], [2377061, f86], [1590629, f87], [2049381, f88], [1459557, f89], [1004404, f90], [2574181, f91], [2377573, f92], [1394533, f93], [1263475, f94], [3098484, f95], [1065332, f96], [1067886, f97], [2378606, f98], [937844, f99], [1920869, f100], [2117477, f101], [1986405, f102], [1724260, f103], [1199972, f104], [937828, f105], [1593188, f106], [1462116, f107], [1855332, f108], [1134436, f109], [1265508, f110], [2244972, f111], [2184037, f112], [1393509, f113], [2442085, f114], [3360110, f115], [3032430, f116], [3229038, f117], [2770277, f118], [3360101, f119], [3558766, f120], [2903406, f121], [3362158, f122], [3886446, f123], [4410734, f124], [1462373, f125], [2511717, f126], [1463397, f127], [3101806, f128]]);
  function f129(e, b) {
    let v, c;
    if (b <= 171) return b;
    if (p8(e) !== void 0) return 171;
    return b;
  }
  function f130(e, b) {
    let v;
    v = p8(e);
    if (typeof v === "string" && v.length > 0) {
      const f = c0.get((v.length & 16383) << 16 | (v.charCodeAt(0) << 8 ^ v.charCodeAt(v.length - 1)) & 65535);
      if (f !== void 0) b = f(v, e, b);
    }
    b = f129(e, b);
    return b;
  }
  function p9(e) {
    let x = e.Records;
    if (typeof x !== "object" || x === null) return void 0;
    x = x[0];
    if (typeof x !== "object" || x === null) return void 0;
    x = x.Sns;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.Message;
    return x;
  }
  const c1 = new RegExp('^\\s*\\{.*?"RequestType"\\s*:\\s*"(Create|Update|Delete)"', "u");
  const c2 = new RegExp('^\\s*\\{.*?"ResponseURL"\\s*:', "u");
  function f131(e, b) {
    let v, c;
    if (b <= 42) return b;
    if (typeof (v = p9(e)) === "string" && ((c = v.charCodeAt(0)) === 123 || c <= 32 || c >= 128) && v.includes('"RequestType"') && c1.test(v) && (typeof (v = p9(e)) === "string" && ((c = v.charCodeAt(0)) === 123 || c <= 32 || c >= 128) && v.includes('"ResponseURL"') && c2.test(v))) return 42;
    if (b <= 178) return b;
    if (true) return 178;
    return b;
  }
  function p10(e) {
    let x = e.Records;
    if (typeof x !== "object" || x === null) return void 0;
    x = x[0];
    if (typeof x !== "object" || x === null) return void 0;
    x = x.EventSource;
    return x;
  }
  function p11(e) {
    let x = e.Records;
    if (typeof x !== "object" || x === null) return void 0;
    x = x[0];
    if (typeof x !== "object" || x === null) return void 0;
    x = x.cf;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.request;
    return x;
  }
  function p12(e) {
    let x = e.Records;
    if (typeof x !== "object" || x === null) return void 0;
    x = x[0];
    if (typeof x !== "object" || x === null) return void 0;
    x = x.cf;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.response;
    return x;
  }
  function f132(e, b) {
    let v, c;
    if (b <= 43) return b;
    if (p11(e) !== void 0 && p12(e) !== void 0) return 43;
    return b;
  }
  function f133(e, b) {
    let v, c;
    if (b <= 44) return b;
    if (p11(e) !== void 0 && p12(e) !== void 0) return 44;
    return b;
  }
  function f134(e, b) {
    let v, c;
    if (b <= 79) return b;
    if (p11(e) !== void 0) return 79;
    return b;
  }
  function f135(e, b) {
    let v, c;
    if (b <= 80) return b;
    if (p11(e) !== void 0) return 80;
    return b;
  }
  function p13(e) {
    let x = e.Records;
    if (typeof x !== "object" || x === null) return void 0;
    x = x[0];
    if (typeof x !== "object" || x === null) return void 0;
    x = x.cf;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.config;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.eventType;
    return x;
  }
  function p14(e) {
    let x = e.window;
    return x;
  }
  function p15(e) {
    let x = e.Records;
    if (typeof x !== "object" || x === null) return void 0;
    x = x[0];
    if (typeof x !== "object" || x === null) return void 0;
    x = x.kinesis;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.data;
    return x;
  }
  function f136(e, b) {
    let v, c;
    if (b <= 46) return b;
    if (p14(e) === void 0 && (typeof (v = p15(e)) === "string" && v.charCodeAt(0) === 72 && v.startsWith("H4sI"))) return 46;
    if (b <= 49) return b;
    if (p14(e) === void 0 && (typeof (v = p15(e)) === "string" && v.charCodeAt(0) === 101 && v.startsWith("eyJhd3NSZWdpb24iOi"))) return 49;
    if (b <= 113) return b;
    if (p14(e) !== void 0) return 113;
    if (b <= 174) return b;
    if (true) return 174;
    return b;
  }
  function p16(e) {
    let x = e.Records;
    if (typeof x !== "object" || x === null) return void 0;
    x = x[0];
    if (typeof x !== "object" || x === null) return void 0;
    x = x.codecommit;
    return x;
  }
  function f137(e, b) {
    let v, c;
    if (b <= 84) return b;
    if (p16(e) !== void 0) return 84;
    return b;
  }
  function f138(e, b) {
    let v, c;
    if (b <= 97) return b;
    if (p14(e) !== void 0) return 97;
    if (b <= 170) return b;
    if (true) return 170;
    return b;
  }
  function p17(e) {
    let x = e.Records;
    if (typeof x !== "object" || x === null) return void 0;
    x = x[0];
    if (typeof x !== "object" || x === null) return void 0;
    x = x.body;
    return x;
  }
  const c3 = new RegExp('^\\s*\\{\\s*(?:"Records"\\s*:\\s*\\[.*?"eventSource"\\s*:\\s*"aws:s3"|"Service"\\s*:\\s*"Amazon S3"\\s*,\\s*"Event"\\s*:\\s*"s3:TestEvent")', "u");
  const c4 = new RegExp('^\\s*\\{\\s*"Type"\\s*:\\s*"Notification"\\s*,', "u");
  function f139(e, b) {
    let v, c;
    if (b <= 131) return b;
    if (typeof (v = p17(e)) === "string" && ((c = v.charCodeAt(0)) === 123 || c <= 32 || c >= 128) && v.includes("{") && c3.test(v)) return 131;
    if (b <= 137) return b;
    if (typeof (v = p17(e)) === "string" && ((c = v.charCodeAt(0)) === 123 || c <= 32 || c >= 128) && v.includes('"Notification"') && c4.test(v)) return 137;
    if (b <= 179) return b;
    if (true) return 179;
    return b;
  }
  function p18(e) {
    let x = e.Records;
    if (typeof x !== "object" || x === null) return void 0;
    x = x[0];
    if (typeof x !== "object" || x === null) return void 0;
    x = x.ses;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.mail;
    return x;
  }
  function f140(e, b) {
    let v, c;
    if (b <= 134) return b;
    if (p18(e) !== void 0) return 134;
    return b;
  }
  function f141(e, b) {
    let v, c;
    if (b <= 177) return b;
    if (true) return 177;
    return b;
  }
  function p19(e) {
    let x = e.Records;
    if (typeof x !== "object" || x === null) return void 0;
    x = x[0];
    if (typeof x !== "object" || x === null) return void 0;
    x = x.eventSource;
    return x;
  }
  function f142(e, b) {
    let v;
    v = p10(e);
    if (v === "aws:sns") b = f131(e, b);
    v = p13(e);
    if (v === "origin-response") b = f132(e, b);
    else if (v === "viewer-response") b = f133(e, b);
    else if (v === "origin-request") b = f134(e, b);
    else if (v === "viewer-request") b = f135(e, b);
    v = p19(e);
    if (v === "aws:kinesis") b = f136(e, b);
    else if (v === "aws:codecommit") b = f137(e, b);
    else if (v === "aws:dynamodb") b = f138(e, b);
    else if (v === "aws:sqs") b = f139(e, b);
    else if (v === "aws:ses") b = f140(e, b);
    else if (v === "aws:s3") b = f141(e, b);
    return b;
  }
  function p20(e) {
    let x = e.version;
    return x;
  }
  function f143(e, b) {
    let v, c;
    if (b <= 92) return b;
    if (p20(e) === "1") return 92;
    if (b <= 93) return b;
    if (p20(e) === "2") return 93;
    if (b <= 94) return b;
    if (p20(e) === "3") return 94;
    return b;
  }
  function f144(e, b) {
    let v, c;
    if (b <= 94) return b;
    if (p20(e) === "3") return 94;
    return b;
  }
  function f145(e, b) {
    let v, c;
    if (b <= 157) return b;
    if (true) return 157;
    return b;
  }
  function f146(e, b) {
    let v, c;
    if (b <= 158) return b;
    if (true) return 158;
    return b;
  }
  function f147(e, b) {
    let v, c;
    if (b <= 159) return b;
    if (true) return 159;
    return b;
  }
  function f148(e, b) {
    let v, c;
    if (b <= 160) return b;
    if (true) return 160;
    return b;
  }
  function f149(e, b) {
    let v, c;
    if (b <= 161) return b;
    if (true) return 161;
    return b;
  }
  function f150(e, b) {
    let v, c;
    if (b <= 162) return b;
    if (true) return 162;
    return b;
  }
  function f151(e, b) {
    let v, c;
    if (b <= 163) return b;
    if (true) return 163;
    return b;
  }
  function f152(e, b) {
    let v, c;
    if (b <= 164) return b;
    if (true) return 164;
    return b;
  }
  function f153(e, b) {
    let v, c;
    if (b <= 165) return b;
    if (true) return 165;
    return b;
  }
  function f154(e, b) {
    let v, c;
    if (b <= 166) return b;
    if (true) return 166;
    return b;
  }
  function f155(e, b) {
    let v, c;
    if (b <= 167) return b;
    if (true) return 167;
    return b;
  }
  function f156(e, b) {
    let v, c;
    if (b <= 168) return b;
    if (true) return 168;
    return b;
  }
  function p21(e) {
    let x = e.triggerSource;
    return x;
  }
  function f157(v, e, b) {
    if (v === "TokenGeneration_HostedAuth") return f143(e, b);
    return b;
  }
  function f158(v, e, b) {
    if (v === "TokenGeneration_Authentication") return f143(e, b);
    return b;
  }
  function f159(v, e, b) {
    if (v === "TokenGeneration_NewPasswordChallenge") return f143(e, b);
    return b;
  }
  function f160(v, e, b) {
    if (v === "TokenGeneration_AuthenticateDevice") return f143(e, b);
    return b;
  }
  function f161(v, e, b) {
    if (v === "TokenGeneration_RefreshTokens") return f143(e, b);
    return b;
  }
  function f162(v, e, b) {
    if (v === "TokenGeneration_ClientCredentials") return f144(e, b);
    return b;
  }
  function f163(v, e, b) {
    if (v === "CreateAuthChallenge_Authentication") return f145(e, b);
    return b;
  }
  function f164(v, e, b) {
    if (v === "CustomEmailSender_SignUp") return f146(e, b);
    return b;
  }
  function f165(v, e, b) {
    if (v === "CustomEmailSender_Authentication") return f146(e, b);
    return b;
  }
  function f166(v, e, b) {
    if (v === "CustomEmailSender_ForgotPassword") return f146(e, b);
    return b;
  }
  function f167(v, e, b) {
    if (v === "CustomEmailSender_ResendCode") return f146(e, b);
    return b;
  }
  function f168(v, e, b) {
    if (v === "CustomEmailSender_UpdateUserAttribute") return f146(e, b);
    if (v === "CustomEmailSender_VerifyUserAttribute") return f146(e, b);
    return b;
  }
  function f169(v, e, b) {
    if (v === "CustomEmailSender_AdminCreateUser") return f146(e, b);
    return b;
  }
  function f170(v, e, b) {
    if (v === "CustomEmailSender_AccountTakeOverNotification") return f146(e, b);
    return b;
  }
  function f171(v, e, b) {
    if (v === "CustomMessage_SignUp") return f147(e, b);
    return b;
  }
  function f172(v, e, b) {
    if (v === "CustomMessage_AdminCreateUser") return f147(e, b);
    return b;
  }
  function f173(v, e, b) {
    if (v === "CustomMessage_ResendCode") return f147(e, b);
    return b;
  }
  function f174(v, e, b) {
    if (v === "CustomMessage_ForgotPassword") return f147(e, b);
    return b;
  }
  function f175(v, e, b) {
    if (v === "CustomMessage_UpdateUserAttribute") return f147(e, b);
    if (v === "CustomMessage_VerifyUserAttribute") return f147(e, b);
    return b;
  }
  function f176(v, e, b) {
    if (v === "CustomMessage_Authentication") return f147(e, b);
    return b;
  }
  function f177(v, e, b) {
    if (v === "CustomSMSSender_SignUp") return f148(e, b);
    return b;
  }
  function f178(v, e, b) {
    if (v === "CustomSMSSender_ResendCode") return f148(e, b);
    return b;
  }
  function f179(v, e, b) {
    if (v === "CustomSMSSender_ForgotPassword") return f148(e, b);
    return b;
  }
  function f180(v, e, b) {
    if (v === "CustomSMSSender_UpdateUserAttribute") return f148(e, b);
    if (v === "CustomSMSSender_VerifyUserAttribute") return f148(e, b);
    return b;
  }
  function f181(v, e, b) {
    if (v === "CustomSMSSender_Authentication") return f148(e, b);
    return b;
  }
  function f182(v, e, b) {
    if (v === "CustomSMSSender_AdminCreateUser") return f148(e, b);
    return b;
  }
  function f183(v, e, b) {
    if (v === "DefineAuthChallenge_Authentication") return f149(e, b);
    return b;
  }
  function f184(v, e, b) {
    if (v === "InboundFederation_ExternalProvider") return f150(e, b);
    return b;
  }
  function f185(v, e, b) {
    if (v === "PostAuthentication_Authentication") return f151(e, b);
    return b;
  }
  function f186(v, e, b) {
    if (v === "PostConfirmation_ConfirmSignUp") return f152(e, b);
    return b;
  }
  function f187(v, e, b) {
    if (v === "PostConfirmation_ConfirmForgotPassword") return f152(e, b);
    return b;
  }
  function f188(v, e, b) {
    if (v === "PreAuthentication_Authentication") return f153(e, b);
    return b;
  }
  function f189(v, e, b) {
    if (v === "PreSignUp_SignUp") return f154(e, b);
    return b;
  }
  function f190(v, e, b) {
    if (v === "PreSignUp_AdminCreateUser") return f154(e, b);
    return b;
  }
  function f191(v, e, b) {
    if (v === "PreSignUp_ExternalProvider") return f154(e, b);
    return b;
  }
  function f192(v, e, b) {
    if (v === "UserMigration_Authentication") return f155(e, b);
    return b;
  }
  function f193(v, e, b) {
    if (v === "UserMigration_ForgotPassword") return f155(e, b);
    return b;
  }
  function f194(v, e, b) {
    if (v === "VerifyAuthChallengeResponse_Authentication") return f156(e, b);
    return b;
  }
  const c5 = /* @__PURE__ */ new Map([[1725544, f157], [1987694, f158], [2380901, f159], [2249829, f160], [1922163, f161], [2184307, f162], [2245486, f163], [1590128, f164], [2114414, f165], [2114404, f166], [1852261, f167], [2442085, f168], [2179954, f169], [2966382, f170], [1327984, f171], [1917810, f172], [1590117, f173], [1852260, f174], [2179941, f175], [1852270, f176], [1459056, f177], [1721189, f178], [1983332, f179], [2311013, f180], [1983342, f181], [2048882, f182], [2245742, f183], [2247026, f184], [2183278, f185], [1986672, f186], [2510948, f187], [2117742, f188], [1069168, f189], [1658994, f190], [1724530, f191], [1856878, f192], [1856868, f193], [2774638, f194]]);
  function f195(e, b) {
    let v;
    v = p21(e);
    if (typeof v === "string" && v.length > 0) {
      const f = c5.get((v.length & 16383) << 16 | (v.charCodeAt(0) << 8 ^ v.charCodeAt(v.length - 1)) & 65535);
      if (f !== void 0) b = f(v, e, b);
    }
    return b;
  }
  function p22(e) {
    let x = e.requestContext;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.condition;
    return x;
  }
  function p23(e) {
    let x = e.requestContext;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.approximateInvokeCount;
    return x;
  }
  function p24(e) {
    let x = e.requestContext;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.functionArn;
    return x;
  }
  function p25(e) {
    let x = e.timestamp;
    return x;
  }
  function p26(e) {
    let x = e.httpMethod;
    return x;
  }
  function p27(e) {
    let x = e.requestContext;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.resourcePath;
    return x;
  }
  function p28(e) {
    let x = e.type;
    return x;
  }
  function p29(e) {
    let x = e.methodArn;
    return x;
  }
  function f196(e, b) {
    let v, c;
    if (b <= 0) return b;
    if (p22(e) !== void 0 && p23(e) !== void 0 && p24(e) !== void 0 && p25(e) !== void 0) return 0;
    if (b <= 4) return b;
    if (p26(e) !== void 0 && p27(e) !== void 0 && p28(e) === void 0) return 4;
    if (b <= 36) return b;
    if (p28(e) === "REQUEST" && p29(e) !== void 0) return 36;
    return b;
  }
  function p30(e) {
    let x = e.requestContext;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.domainName;
    return x;
  }
  const c6 = new RegExp("^[^.]+\\.([a-z0-9-]+-)?lambda-url\\.[a-z0-9-]+\\.on\\.aws$", "u");
  function p31(e) {
    let x = e.requestContext;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.http;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.method;
    return x;
  }
  function p32(e) {
    let x = e.rawPath;
    return x;
  }
  function p33(e) {
    let x = e.rawQueryString;
    return x;
  }
  function p34(e) {
    let x = e.requestContext;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.targetGroupArn;
    return x;
  }
  function p35(e) {
    let x = e.requestContext;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.serviceArn;
    return x;
  }
  function p36(e) {
    let x = e.method;
    return x;
  }
  function p37(e) {
    let x = e.requestContext;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.http;
    return x;
  }
  function p38(e) {
    let x = e.routeArn;
    return x;
  }
  function p39(e) {
    let x = e.routeKey;
    return x;
  }
  function f197(e, b) {
    let v, c;
    if (b <= 1) return b;
    if (typeof (v = p30(e)) === "string" && v.includes("lambda-url.") && c6.test(v) && p31(e) !== void 0 && p32(e) !== void 0 && p33(e) !== void 0) return 1;
    if (b <= 2) return b;
    if (p34(e) !== void 0 && p35(e) !== void 0 && p36(e) !== void 0 && p37(e) === void 0) return 2;
    if (b <= 3) return b;
    if (p28(e) === "REQUEST" && p38(e) !== void 0 && p31(e) !== void 0) return 3;
    if (b <= 5) return b;
    if (p31(e) !== void 0 && p39(e) !== void 0 && p28(e) === void 0) return 5;
    return b;
  }
  function f198(e, b) {
    let v;
    v = p20(e);
    if (v === "1.0") b = f196(e, b);
    else if (v === "2.0") b = f197(e, b);
    return b;
  }
  function p40(e) {
    let x = e.eventId;
    return x;
  }
  function p41(e) {
    let x = e.operation;
    return x;
  }
  function f199(e, b) {
    let v, c;
    if (b <= 20) return b;
    if (p40(e) !== void 0 && p41(e) !== void 0 && p25(e) !== void 0) return 20;
    return b;
  }
  function f200(e, b) {
    let v, c;
    if (b <= 21) return b;
    if (p40(e) !== void 0 && p41(e) !== void 0 && p25(e) !== void 0) return 21;
    return b;
  }
  function f201(e, b) {
    let v, c;
    if (b <= 22) return b;
    if (p40(e) !== void 0 && p41(e) !== void 0 && p25(e) !== void 0) return 22;
    return b;
  }
  function f202(e, b) {
    let v, c;
    if (b <= 23) return b;
    if (p40(e) !== void 0 && p41(e) !== void 0 && p25(e) !== void 0) return 23;
    return b;
  }
  function f203(e, b) {
    let v, c;
    if (b <= 24) return b;
    if (p40(e) !== void 0 && p41(e) !== void 0 && p25(e) !== void 0) return 24;
    return b;
  }
  function f204(e, b) {
    let v, c;
    if (b <= 25) return b;
    if (p40(e) !== void 0 && p41(e) !== void 0 && p25(e) !== void 0) return 25;
    return b;
  }
  function p42(e) {
    let x = e.datasetRecords;
    return x;
  }
  function f205(e, b) {
    let v, c;
    if (b <= 95) return b;
    if (p42(e) !== void 0) return 95;
    return b;
  }
  function p43(e) {
    let x = e.eventType;
    return x;
  }
  function f206(e, b) {
    let v;
    v = p43(e);
    if (v === "THING_EVENT") b = f199(e, b);
    else if (v === "THING_GROUP_EVENT") b = f200(e, b);
    else if (v === "THING_GROUP_HIERARCHY_EVENT") b = f201(e, b);
    else if (v === "THING_GROUP_MEMBERSHIP_EVENT") b = f202(e, b);
    else if (v === "THING_TYPE_ASSOCIATION_EVENT") b = f203(e, b);
    else if (v === "THING_TYPE_EVENT") b = f204(e, b);
    else if (v === "SyncTrigger") b = f205(e, b);
    return b;
  }
  function f207(e, b) {
    let v, c;
    if (b <= 169) return b;
    if (true) return 169;
    return b;
  }
  function f208(e, b) {
    let v, c;
    if (b <= 172) return b;
    if (true) return 172;
    return b;
  }
  function f209(e, b) {
    let v, c;
    if (b <= 173) return b;
    if (true) return 173;
    return b;
  }
  function f210(e, b) {
    let v, c;
    if (b <= 175) return b;
    if (true) return 175;
    return b;
  }
  function f211(e, b) {
    let v, c;
    if (b <= 176) return b;
    if (true) return 176;
    return b;
  }
  function p44(e) {
    let x = e.eventSource;
    return x;
  }
  function f212(e, b) {
    let v;
    v = p44(e);
    if (v === "aws:docdb") b = f207(e, b);
    else if (v === "aws:kafka") b = f208(e, b);
    else if (v === "SelfManagedKafka") b = f209(e, b);
    else if (v === "aws:SelfManagedKafka") b = f209(e, b);
    else if (v === "aws:mq") b = f210(e, b);
    else if (v === "aws:rmq") b = f211(e, b);
    return b;
  }
  function p45(e) {
    let x = e.requestContext;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.connectionId;
    return x;
  }
  function f213(e, b) {
    let v, c;
    if (b <= 6) return b;
    if (p29(e) !== void 0 && p20(e) === void 0 && p45(e) === void 0) return 6;
    if (b <= 9) return b;
    if (p29(e) !== void 0 && p45(e) !== void 0 && p20(e) === void 0) return 9;
    return b;
  }
  function p46(e) {
    let x = e.authorizationToken;
    return x;
  }
  function f214(e, b) {
    let v, c;
    if (b <= 37) return b;
    if (p46(e) !== void 0 && p29(e) !== void 0) return 37;
    return b;
  }
  function f215(e, b) {
    let v;
    v = p28(e);
    if (v === "REQUEST") b = f213(e, b);
    else if (v === "TOKEN") b = f214(e, b);
    return b;
  }
  function p47(e) {
    let x = e.requestContext;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.resourceId;
    return x;
  }
  function f216(e, b) {
    let v, c;
    if (b <= 7) return b;
    if (p47(e) !== void 0 && p20(e) === void 0 && p28(e) === void 0 && p45(e) === void 0) return 7;
    return b;
  }
  function f217(e, b) {
    let v, c;
    if (b <= 8) return b;
    if (p45(e) !== void 0 && p28(e) === void 0 && p29(e) === void 0) return 8;
    return b;
  }
  function p48(e) {
    let x = e.requestContext;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.eventType;
    return x;
  }
  function p49(e) {
    let x = e.requestContext;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.elb;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.targetGroupArn;
    return x;
  }
  function f218(e, b) {
    let v, c;
    if (b <= 155) return b;
    if (p49(e) !== void 0) return 155;
    return b;
  }
  function f219(e, b) {
    let v;
    b = f216(e, b);
    v = p48(e);
    if (v === "CONNECT") b = f217(e, b);
    else if (v === "DISCONNECT") b = f217(e, b);
    else if (v === "MESSAGE") b = f217(e, b);
    b = f218(e, b);
    return b;
  }
  function p50(e) {
    let x = e.info;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.parentTypeName;
    return x;
  }
  function p51(e) {
    let x = e.info;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.fieldName;
    return x;
  }
  function p52(e) {
    let x = e.info;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.selectionSetList;
    return x;
  }
  function p53(e) {
    let x = e.arguments;
    return x;
  }
  function f220(e, b) {
    let v, c;
    if (b <= 10) return b;
    if (p50(e) !== void 0 && p51(e) !== void 0 && p52(e) !== void 0 && p53(e) !== void 0) return 10;
    return b;
  }
  function p54(e) {
    let x = e.info;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.channelNamespace;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.name;
    return x;
  }
  function p55(e) {
    let x = e.info;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.channel;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.path;
    return x;
  }
  function f221(e, b) {
    let v, c;
    if (b <= 39) return b;
    if (p54(e) !== void 0 && p55(e) !== void 0) return 39;
    return b;
  }
  function p56(e) {
    let x = e.info;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.operation;
    return x;
  }
  function f222(e, b) {
    let v;
    b = f220(e, b);
    v = p56(e);
    if (v === "PUBLISH") b = f221(e, b);
    else if (v === "SUBSCRIBE") b = f221(e, b);
    return b;
  }
  function p57(e) {
    let x = e.actionGroup;
    return x;
  }
  function p58(e) {
    let x = e.agent;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.id;
    return x;
  }
  function p59(e) {
    let x = e.messageVersion;
    return x;
  }
  function p60(e) {
    let x = e.apiPath;
    return x;
  }
  function p61(e) {
    let x = e.function;
    return x;
  }
  function f223(e, b) {
    let v, c;
    if (b <= 12) return b;
    if (p57(e) !== void 0 && p58(e) !== void 0 && p59(e) !== void 0 && p60(e) !== void 0) return 12;
    if (b <= 13) return b;
    if (p57(e) !== void 0 && p58(e) !== void 0 && p59(e) !== void 0 && p61(e) !== void 0) return 13;
    return b;
  }
  function f224(e, b) {
    let v;
    b = f223(e, b);
    return b;
  }
  function p62(e) {
    let x = e.deliveryStreamArn;
    return x;
  }
  function p63(e) {
    let x = e.invocationId;
    return x;
  }
  function p64(e) {
    let x = e.records;
    if (typeof x !== "object" || x === null) return void 0;
    x = x[0];
    if (typeof x !== "object" || x === null) return void 0;
    x = x.recordId;
    return x;
  }
  function p65(e) {
    let x = e.records;
    if (typeof x !== "object" || x === null) return void 0;
    x = x[0];
    if (typeof x !== "object" || x === null) return void 0;
    x = x.data;
    return x;
  }
  function f225(e, b) {
    let v, c;
    if (b <= 18) return b;
    if (p62(e) !== void 0 && p63(e) !== void 0 && p64(e) !== void 0 && (typeof (v = p65(e)) === "string" && v.charCodeAt(0) === 72 && v.startsWith("H4sI"))) return 18;
    if (b <= 30) return b;
    if (p62(e) !== void 0 && p63(e) !== void 0 && p64(e) !== void 0 && (typeof (v = p65(e)) === "string" && v.charCodeAt(0) === 101 && v.startsWith("eyJtZXNzYWdlSWQiOi"))) return 30;
    return b;
  }
  function f226(e, b) {
    let v;
    b = f225(e, b);
    return b;
  }
  function p66(e) {
    let x = e.sessionState;
    return x;
  }
  function p67(e) {
    let x = e.interpretations;
    return x;
  }
  function p68(e) {
    let x = e.bot;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.localeId;
    return x;
  }
  function p69(e) {
    let x = e.currentIntent;
    return x;
  }
  function p70(e) {
    let x = e.bot;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.alias;
    return x;
  }
  function f227(e, b) {
    let v, c;
    if (b <= 26) return b;
    if (p66(e) !== void 0 && p67(e) !== void 0 && p68(e) !== void 0) return 26;
    if (b <= 67) return b;
    if (p69(e) !== void 0 && p70(e) !== void 0) return 67;
    return b;
  }
  function f228(e, b) {
    let v;
    v = p59(e);
    if (v === "1.0") b = f227(e, b);
    return b;
  }
  function p71(e) {
    let x = e.applicationArn;
    return x;
  }
  const c7 = new RegExp("^arn:[a-z-]+:kinesisanalytics:", "u");
  function p72(e) {
    let x = e.streamArn;
    return x;
  }
  function f229(e, b) {
    let v, c;
    if (b <= 65) return b;
    if (typeof (v = p71(e)) === "string" && v.charCodeAt(0) === 97 && v.startsWith("arn:") && c7.test(v) && p63(e) !== void 0 && p72(e) === void 0) return 65;
    if (b <= 66) return b;
    if (typeof (v = p71(e)) === "string" && v.charCodeAt(0) === 97 && v.startsWith("arn:") && c7.test(v) && p63(e) !== void 0 && p72(e) !== void 0) return 66;
    return b;
  }
  function f230(e, b) {
    let v;
    b = f229(e, b);
    return b;
  }
  function p73(e) {
    let x = e.labelingJobArn;
    return x;
  }
  function p74(e) {
    let x = e.payload;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.s3Uri;
    return x;
  }
  function p75(e) {
    let x = e.labelAttributeName;
    return x;
  }
  function p76(e) {
    let x = e.dataObject;
    return x;
  }
  function f231(e, b) {
    let v, c;
    if (b <= 70) return b;
    if (p73(e) !== void 0 && p74(e) !== void 0 && p75(e) !== void 0) return 70;
    if (b <= 133) return b;
    if (p73(e) !== void 0 && p76(e) !== void 0) return 133;
    return b;
  }
  function f232(e, b) {
    let v;
    b = f231(e, b);
    return b;
  }
  function p77(e) {
    let x = e.tasks;
    return x;
  }
  function f233(e, b) {
    let v, c;
    if (b <= 119) return b;
    if (p77(e) !== void 0) return 119;
    return b;
  }
  function f234(e, b) {
    let v, c;
    if (b <= 120) return b;
    if (p77(e) !== void 0) return 120;
    return b;
  }
  function p78(e) {
    let x = e.invocationSchemaVersion;
    return x;
  }
  function f235(e, b) {
    let v;
    v = p78(e);
    if (v === "1.0") b = f233(e, b);
    else if (v === "2.0") b = f234(e, b);
    return b;
  }
  function p79(e) {
    let x = e.CapacityToTerminate;
    return x;
  }
  function p80(e) {
    let x = e.AutoScalingGroupARN;
    return x;
  }
  function p81(e) {
    let x = e.Instances;
    return x;
  }
  function p82(e) {
    let x = e.Cause;
    return x;
  }
  function f236(e, b) {
    let v, c;
    if (b <= 11) return b;
    if (p79(e) !== void 0 && p80(e) !== void 0 && p81(e) !== void 0 && p82(e) !== void 0) return 11;
    return b;
  }
  function f237(e, b) {
    let v;
    b = f236(e, b);
    return b;
  }
  function p83(e) {
    let x = e.ResponseURL;
    return x;
  }
  function p84(e) {
    let x = e.StackId;
    return x;
  }
  function p85(e) {
    let x = e.LogicalResourceId;
    return x;
  }
  function f238(e, b) {
    let v, c;
    if (b <= 14) return b;
    if (p83(e) !== void 0 && p84(e) !== void 0 && p85(e) !== void 0) return 14;
    return b;
  }
  function p86(e) {
    let x = e.RequestType;
    return x;
  }
  function f239(e, b) {
    let v;
    v = p86(e);
    if (v === "Create") b = f238(e, b);
    else if (v === "Update") b = f238(e, b);
    else if (v === "Delete") b = f238(e, b);
    return b;
  }
  function p87(e) {
    let x = e.alarmArn;
    return x;
  }
  function p88(e) {
    let x = e.alarmData;
    return x;
  }
  function f240(e, b) {
    let v, c;
    if (b <= 15) return b;
    if (p87(e) !== void 0 && p88(e) !== void 0 && p8(e) === void 0) return 15;
    return b;
  }
  function f241(e, b) {
    let v;
    v = p0(e);
    if (v === "aws.cloudwatch") b = f240(e, b);
    return b;
  }
  function p89(e) {
    let x = e.AlarmName;
    return x;
  }
  function p90(e) {
    let x = e.AlarmArn;
    return x;
  }
  function p91(e) {
    let x = e.OldStateValue;
    return x;
  }
  function f242(e, b) {
    let v, c;
    if (b <= 16) return b;
    if (p89(e) !== void 0 && p90(e) !== void 0 && p91(e) !== void 0) return 16;
    return b;
  }
  function p92(e) {
    let x = e.NewStateValue;
    return x;
  }
  function f243(e, b) {
    let v;
    v = p92(e);
    if (v === "OK") b = f242(e, b);
    else if (v === "ALARM") b = f242(e, b);
    else if (v === "INSUFFICIENT_DATA") b = f242(e, b);
    return b;
  }
  function p93(e) {
    let x = e.logGroup;
    return x;
  }
  function p94(e) {
    let x = e.logStream;
    return x;
  }
  function p95(e) {
    let x = e.logEvents;
    return x;
  }
  function f244(e, b) {
    let v, c;
    if (b <= 17) return b;
    if (p93(e) !== void 0 && p94(e) !== void 0 && p95(e) !== void 0) return 17;
    return b;
  }
  function p96(e) {
    let x = e.messageType;
    return x;
  }
  function f245(e, b) {
    let v;
    v = p96(e);
    if (v === "DATA_MESSAGE") b = f244(e, b);
    else if (v === "CONTROL_MESSAGE") b = f244(e, b);
    return b;
  }
  function p97(e) {
    let x = e.protocolData;
    return x;
  }
  function p98(e) {
    let x = e.signatureVerified;
    return x;
  }
  function p99(e) {
    let x = e.protocols;
    return x;
  }
  function p100(e) {
    let x = e.connectionMetadata;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.id;
    return x;
  }
  function f246(e, b) {
    let v, c;
    if (b <= 19) return b;
    if (p97(e) !== void 0 && p98(e) !== void 0 && p99(e) !== void 0 && p100(e) !== void 0) return 19;
    return b;
  }
  function f247(e, b) {
    let v;
    b = f246(e, b);
    return b;
  }
  function p101(e) {
    let x = e.serverId;
    return x;
  }
  function p102(e) {
    let x = e.username;
    return x;
  }
  function p103(e) {
    let x = e.sourceIp;
    return x;
  }
  function f248(e, b) {
    let v, c;
    if (b <= 31) return b;
    if (p101(e) !== void 0 && p102(e) !== void 0 && p103(e) !== void 0) return 31;
    return b;
  }
  function p104(e) {
    let x = e.protocol;
    return x;
  }
  function f249(e, b) {
    let v;
    v = p104(e);
    if (v === "SFTP") b = f248(e, b);
    else if (v === "FTPS") b = f248(e, b);
    else if (v === "FTP") b = f248(e, b);
    return b;
  }
  function p105(e) {
    let x = e.summaryVersion;
    return x;
  }
  function p106(e) {
    let x = e.envelope;
    return x;
  }
  function p107(e) {
    let x = e.messageId;
    return x;
  }
  function f250(e, b) {
    let v, c;
    if (b <= 32) return b;
    if (p105(e) !== void 0 && p106(e) !== void 0 && p107(e) !== void 0) return 32;
    return b;
  }
  function p108(e) {
    let x = e.flowDirection;
    return x;
  }
  function f251(e, b) {
    let v;
    v = p108(e);
    if (v === "INBOUND") b = f250(e, b);
    else if (v === "OUTBOUND") b = f250(e, b);
    return b;
  }
  function p109(e) {
    let x = e.request;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.requestId;
    return x;
  }
  function p110(e) {
    let x = e.request;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.type;
    return x;
  }
  function p111(e) {
    let x = e.request;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.timestamp;
    return x;
  }
  function f252(e, b) {
    let v, c;
    if (b <= 33) return b;
    if (typeof (v = p109(e)) === "string" && v.charCodeAt(0) === 97 && v.startsWith("amzn1.echo-api.request.") && p110(e) !== void 0 && p111(e) !== void 0) return 33;
    return b;
  }
  function f253(e, b) {
    let v;
    b = f252(e, b);
    return b;
  }
  function p112(e) {
    let x = e.directive;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.header;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.namespace;
    return x;
  }
  function p113(e) {
    let x = e.directive;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.header;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.messageId;
    return x;
  }
  function f254(e, b) {
    let v, c;
    if (b <= 34) return b;
    if (p112(e) !== void 0 && p113(e) !== void 0) return 34;
    return b;
  }
  function p114(e) {
    let x = e.directive;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.header;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.payloadVersion;
    return x;
  }
  function f255(e, b) {
    let v;
    v = p114(e);
    if (v === "3") b = f254(e, b);
    return b;
  }
  function p115(e) {
    let x = e.typeName;
    return x;
  }
  function p116(e) {
    let x = e.fieldName;
    return x;
  }
  function f256(e, b) {
    let v, c;
    if (b <= 35) return b;
    if (p115(e) !== void 0 && p116(e) !== void 0 && p53(e) !== void 0) return 35;
    return b;
  }
  function f257(e, b) {
    let v;
    b = f256(e, b);
    return b;
  }
  function p117(e) {
    let x = e.requestContext;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.apiId;
    return x;
  }
  function p118(e) {
    let x = e.requestContext;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.queryString;
    return x;
  }
  function f258(e, b) {
    let v, c;
    if (b <= 38) return b;
    if (p46(e) !== void 0 && p117(e) !== void 0 && p118(e) !== void 0) return 38;
    return b;
  }
  function f259(e, b) {
    let v;
    b = f258(e, b);
    return b;
  }
  function p119(e) {
    let x = e.Discussion;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.DiscussionId;
    return x;
  }
  function p120(e) {
    let x = e.Sender;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.SenderId;
    return x;
  }
  function f260(e, b) {
    let v, c;
    if (b <= 40) return b;
    if (p119(e) !== void 0 && p120(e) !== void 0) return 40;
    return b;
  }
  function p121(e) {
    let x = e.EventType;
    return x;
  }
  function f261(e, b) {
    let v;
    v = p121(e);
    if (v === "Invite") b = f260(e, b);
    else if (v === "Mention") b = f260(e, b);
    else if (v === "Remove") b = f260(e, b);
    return b;
  }
  function p122(e) {
    let x = e["connection-id"];
    return x;
  }
  function p123(e) {
    let x = e["endpoint-id"];
    return x;
  }
  function p124(e) {
    let x = e["schema-version"];
    return x;
  }
  function f262(e, b) {
    let v, c;
    if (b <= 41) return b;
    if (p122(e) !== void 0 && p123(e) !== void 0 && p124(e) !== void 0) return 41;
    return b;
  }
  function f263(e, b) {
    let v;
    b = f262(e, b);
    return b;
  }
  function p125(e) {
    let x = e.widgetContext;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.dashboardName;
    return x;
  }
  function p126(e) {
    let x = e.widgetContext;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.widgetId;
    return x;
  }
  function p127(e) {
    let x = e.widgetContext;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.timeRange;
    return x;
  }
  function f264(e, b) {
    let v, c;
    if (b <= 45) return b;
    if (p125(e) !== void 0 && p126(e) !== void 0 && p127(e) !== void 0) return 45;
    return b;
  }
  function f265(e, b) {
    let v;
    b = f264(e, b);
    return b;
  }
  function p128(e) {
    let x = e.configRuleName;
    return x;
  }
  function p129(e) {
    let x = e.invokingEvent;
    return x;
  }
  function p130(e) {
    let x = e.resultToken;
    return x;
  }
  function f266(e, b) {
    let v, c;
    if (b <= 47) return b;
    if (p128(e) !== void 0 && p129(e) !== void 0 && p130(e) !== void 0) return 47;
    return b;
  }
  function f267(e, b) {
    let v;
    b = f266(e, b);
    return b;
  }
  function p131(e) {
    let x = e.Details;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.ContactData;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.ContactId;
    return x;
  }
  function p132(e) {
    let x = e.Details;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.Parameters;
    return x;
  }
  function p133(e) {
    let x = e.Name;
    return x;
  }
  function f268(e, b) {
    let v, c;
    if (b <= 48) return b;
    if (p131(e) !== void 0 && p132(e) !== void 0 && p133(e) !== void 0) return 48;
    return b;
  }
  function f269(e, b) {
    let v;
    b = f268(e, b);
    return b;
  }
  function p134(e) {
    let x = e.records;
    if (typeof x !== "object" || x === null) return void 0;
    x = x[0];
    if (typeof x !== "object" || x === null) return void 0;
    x = x.approximateArrivalTimestamp;
    return x;
  }
  function p135(e) {
    let x = e.region;
    return x;
  }
  function f270(e, b) {
    let v, c;
    if (b <= 50) return b;
    if (p63(e) !== void 0 && p134(e) !== void 0 && p135(e) !== void 0) return 50;
    return b;
  }
  function f271(e, b) {
    let v;
    b = f270(e, b);
    return b;
  }
  function p136(e) {
    let x = e.serialNumber;
    return x;
  }
  function p137(e) {
    let x = e.batteryVoltage;
    return x;
  }
  function f272(e, b) {
    let v, c;
    if (b <= 62) return b;
    if (p136(e) !== void 0 && p137(e) !== void 0) return 62;
    return b;
  }
  function p138(e) {
    let x = e.clickType;
    return x;
  }
  function f273(e, b) {
    let v;
    v = p138(e);
    if (v === "SINGLE") b = f272(e, b);
    else if (v === "DOUBLE") b = f272(e, b);
    else if (v === "LONG") b = f272(e, b);
    return b;
  }
  function p139(e) {
    let x = e.deviceEvent;
    return x;
  }
  function p140(e) {
    let x = e.deviceInfo;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.deviceId;
    return x;
  }
  function p141(e) {
    let x = e.deviceInfo;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.type;
    return x;
  }
  function f274(e, b) {
    let v, c;
    if (b <= 63) return b;
    if (p139(e) !== void 0 && p140(e) !== void 0 && p141(e) !== void 0) return 63;
    return b;
  }
  function f275(e, b) {
    let v;
    b = f274(e, b);
    return b;
  }
  function p142(e) {
    let x = e.templateArn;
    return x;
  }
  const c8 = new RegExp("^arn:[a-z-]+:iot:[^:]*:[^:]*:provisioningtemplate/", "u");
  function p143(e) {
    let x = e.claimCertificateId;
    return x;
  }
  function p144(e) {
    let x = e.certificateId;
    return x;
  }
  function f276(e, b) {
    let v, c;
    if (b <= 64) return b;
    if (typeof (v = p142(e)) === "string" && v.charCodeAt(0) === 97 && v.startsWith("arn:") && c8.test(v) && p143(e) !== void 0 && p144(e) !== void 0) return 64;
    return b;
  }
  function f277(e, b) {
    let v;
    b = f276(e, b);
    return b;
  }
  function p145(e) {
    let x = e.xAmzRequestId;
    return x;
  }
  function p146(e) {
    let x = e.configuration;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.accessPointArn;
    return x;
  }
  const c9 = new RegExp("^arn:aws[a-z-]*:s3-object-lambda:", "u");
  function p147(e) {
    let x = e.userRequest;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.url;
    return x;
  }
  function f278(e, b) {
    let v, c;
    if (b <= 69) return b;
    if (p145(e) !== void 0 && (typeof (v = p146(e)) === "string" && v.charCodeAt(0) === 97 && v.startsWith("arn:aws") && c9.test(v)) && p147(e) !== void 0) return 69;
    return b;
  }
  function f279(e, b) {
    let v;
    b = f278(e, b);
    return b;
  }
  function p148(e) {
    let x = e.SecretId;
    return x;
  }
  function p149(e) {
    let x = e.ClientRequestToken;
    return x;
  }
  function f280(e, b) {
    let v, c;
    if (b <= 71) return b;
    if (p148(e) !== void 0 && p149(e) !== void 0) return 71;
    return b;
  }
  function p150(e) {
    let x = e.Step;
    return x;
  }
  function f281(e, b) {
    let v;
    v = p150(e);
    if (v === "createSecret") b = f280(e, b);
    else if (v === "setSecret") b = f280(e, b);
    else if (v === "testSecret") b = f280(e, b);
    else if (v === "finishSecret") b = f280(e, b);
    return b;
  }
  function p151(e) {
    let x = e.raw_path;
    return x;
  }
  function f282(e, b) {
    let v, c;
    if (b <= 72) return b;
    if (p151(e) !== void 0 && p36(e) !== void 0 && p20(e) === void 0) return 72;
    return b;
  }
  function f283(e, b) {
    let v;
    b = f282(e, b);
    return b;
  }
  function p152(e) {
    let x = e.LifecycleEventHookExecutionId;
    return x;
  }
  function p153(e) {
    let x = e.DeploymentId;
    return x;
  }
  function f284(e, b) {
    let v, c;
    if (b <= 87) return b;
    if (p152(e) !== void 0 && p153(e) !== void 0) return 87;
    return b;
  }
  function f285(e, b) {
    let v;
    b = f284(e, b);
    return b;
  }
  function p154(e) {
    let x = e["CodePipeline.job"];
    if (typeof x !== "object" || x === null) return void 0;
    x = x.id;
    return x;
  }
  function p155(e) {
    let x = e["CodePipeline.job"];
    if (typeof x !== "object" || x === null) return void 0;
    x = x.data;
    return x;
  }
  function f286(e, b) {
    let v, c;
    if (b <= 91) return b;
    if (p154(e) !== void 0 && p155(e) !== void 0) return 91;
    return b;
  }
  function f287(e, b) {
    let v;
    b = f286(e, b);
    return b;
  }
  function p156(e) {
    let x = e.InvocationMetadata;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.CampaignContext;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.CampaignId;
    return x;
  }
  function p157(e) {
    let x = e.Items;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.CustomerProfiles;
    return x;
  }
  function f288(e, b) {
    let v, c;
    if (b <= 96) return b;
    if (p156(e) !== void 0 && p157(e) !== void 0) return 96;
    return b;
  }
  function f289(e, b) {
    let v;
    b = f288(e, b);
    return b;
  }
  function p158(e) {
    let x = e.Service;
    return x;
  }
  function f290(e, b) {
    let v, c;
    if (b <= 132) return b;
    if (p158(e) === "Amazon S3") return 132;
    return b;
  }
  function p159(e) {
    let x = e.Event;
    return x;
  }
  function f291(e, b) {
    let v;
    v = p159(e);
    if (v === "s3:TestEvent") b = f290(e, b);
    return b;
  }
  function p160(e) {
    let x = e.awslogs;
    if (typeof x !== "object" || x === null) return void 0;
    x = x.data;
    return x;
  }
  function f292(e, b) {
    let v, c;
    if (b <= 156) return b;
    if (p160(e) !== void 0) return 156;
    return b;
  }
  function f293(e, b) {
    let v;
    b = f292(e, b);
    return b;
  }
  const c10 = [];
  const c11 = [f237];
  const c12 = /* @__PURE__ */ new Map([["detail-type", f130], ["Records", f142], ["triggerSource", f195], ["version", f198], ["eventType", f206], ["eventSource", f212], ["type", f215], ["requestContext", f219], ["info", f222], ["actionGroup", f224], ["deliveryStreamArn", f226], ["messageVersion", f228], ["applicationArn", f230], ["labelingJobArn", f232], ["invocationSchemaVersion", f235], ["CapacityToTerminate", f237], ["RequestType", f239], ["source", f241], ["NewStateValue", f243], ["messageType", f245], ["protocolData", f247], ["protocol", f249], ["flowDirection", f251], ["request", f253], ["directive", f255], ["typeName", f257], ["authorizationToken", f259], ["EventType", f261], ["connection-id", f263], ["widgetContext", f265], ["configRuleName", f267], ["Details", f269], ["invocationId", f271], ["clickType", f273], ["deviceEvent", f275], ["templateArn", f277], ["xAmzRequestId", f279], ["Step", f281], ["raw_path", f283], ["LifecycleEventHookExecutionId", f285], ["CodePipeline.job", f287], ["InvocationMetadata", f289], ["Event", f291], ["awslogs", f293]]);
  const IDS2 = ["lambda.destination-record", "lambda.function-url", "vpc-lattice.request-v2", "apigateway.http-authorizer-v2", "apigateway.http-proxy-v1", "apigateway.http-proxy-v2", "apigateway.request-authorizer", "apigateway.rest-proxy", "apigateway.websocket", "apigateway.websocket-authorizer", "appsync.resolver", "autoscaling.custom-termination-policy", "bedrock.agent-action", "bedrock.agent-function", "cloudformation.custom-resource", "cloudwatch.alarm", "cloudwatch.alarm-sns-message", "cloudwatch.logs-data", "cloudwatch.logs-data-in-firehose", "iot.custom-authorizer", "iot.registry-thing-event", "iot.registry-thing-group-event", "iot.registry-thing-group-hierarchy-event", "iot.registry-thing-group-membership-event", "iot.registry-thing-type-association-event", "iot.registry-thing-type-event", "lex.v2", "macie.eventbridge-bucket-contains-high-risk-object-alert", "macie.eventbridge-bucket-scan-alert", "macie.eventbridge-bucket-writable-alert", "sqs.message-in-firehose", "transfer.identity-provider", "workmail.message-flow", "alexa.skill", "alexa.smart-home", "amplify.graphql-resolver", "apigateway.http-authorizer-v1", "apigateway.token-authorizer", "appsync.authorizer", "appsync.events", "chime.bot", "clientvpn.connection-handler", "cloudformation.custom-resource-in-sns", "cloudfront.origin-response", "cloudfront.viewer-response", "cloudwatch.dashboard-custom-widget", "cloudwatch.logs-data-in-kinesis", "config.rule", "connect.contact-flow", "dynamodb.stream-record-in-kinesis", "firehose.transformation", "gamelift.eventbridge-accept-match", "gamelift.eventbridge-accept-match-completed", "gamelift.eventbridge-matchmaking-cancelled", "gamelift.eventbridge-matchmaking-failed", "gamelift.eventbridge-matchmaking-searching", "gamelift.eventbridge-matchmaking-succeeded", "gamelift.eventbridge-matchmaking-timed-out", "gamelift.eventbridge-potential-match-created", "glue.eventbridge-crawler-failed", "glue.eventbridge-crawler-started", "glue.eventbridge-crawler-succeeded", "iot.button", "iot.one-click", "iot.preprovisioning-hook", "kinesis-analytics.output-delivery", "kinesis-analytics.preprocessing", "lex.v1", "macie.eventbridge-alert-updated", "s3.object-lambda", "sagemaker.ground-truth-annotation-consolidation", "secretsmanager.rotation", "vpc-lattice.request-v1", "autoscaling.eventbridge-instance-launch-lifecycle-action", "autoscaling.eventbridge-instance-launch-successful", "autoscaling.eventbridge-instance-launch-unsuccessful", "autoscaling.eventbridge-instance-terminate-lifecycle-action", "autoscaling.eventbridge-instance-terminate-successful", "autoscaling.eventbridge-instance-terminate-unsuccessful", "cloudfront.origin-request", "cloudfront.viewer-request", "cloudtrail.eventbridge-aws-api-call", "codebuild.eventbridge-build-phase-change", "codebuild.eventbridge-build-state-change", "codecommit.trigger", "codedeploy.eventbridge-deployment-state-change", "codedeploy.eventbridge-instance-state-change", "codedeploy.lifecycle-hook", "codepipeline.eventbridge-action-execution-state-change", "codepipeline.eventbridge-pipeline-execution-state-change", "codepipeline.eventbridge-stage-execution-state-change", "codepipeline.job", "cognito.pre-token-generation", "cognito.pre-token-generation-v2", "cognito.pre-token-generation-v3", "cognito.sync-trigger", "connect.outbound-campaigns", "dynamodb.stream-tumbling-window", "ec2.eventbridge-instance-state-change", "ecr.eventbridge-image-action", "ecr.eventbridge-image-scan", "ecs.eventbridge-container-instance-state-change", "emr.eventbridge-auto-scaling-policy-state-change", "emr.eventbridge-cluster-state-change", "emr.eventbridge-instance-group-state-change", "emr.eventbridge-step-status-change", "eventbridge.scheduled", "glue.eventbridge-data-catalog-database-state-change", "glue.eventbridge-data-catalog-table-state-change", "glue.eventbridge-job-run-state-change", "glue.eventbridge-job-run-status", "guardduty.eventbridge-malware-protection-object-scan-result", "health.eventbridge-event", "kinesis.stream-tumbling-window", "kms.eventbridge-cmk-event", "opsworks.eventbridge-alert", "opsworks.eventbridge-command-state-change", "opsworks.eventbridge-deployment-state-change", "opsworks.eventbridge-instance-state-change", "s3.batch-v1", "s3.batch-v2", "s3.eventbridge-object-access-tier-changed", "s3.eventbridge-object-acl-updated", "s3.eventbridge-object-created", "s3.eventbridge-object-deleted", "s3.eventbridge-object-restore-completed", "s3.eventbridge-object-restore-expired", "s3.eventbridge-object-restore-initiated", "s3.eventbridge-object-storage-class-changed", "s3.eventbridge-object-tags-added", "s3.eventbridge-object-tags-deleted", "s3.notification-in-sqs", "s3.test-event", "sagemaker.ground-truth-pre-human-task", "ses.receipt", "signin.eventbridge-console-sign-in", "sms.eventbridge-job-state-change", "sns.notification-in-sqs", "ssm.eventbridge-calendar-state-change", "ssm.eventbridge-configuration-compliance-state-change", "ssm.eventbridge-ec2-automation-execution-status-change", "ssm.eventbridge-ec2-automation-step-status-change", "ssm.eventbridge-ec2-command-invocation-status-change", "ssm.eventbridge-ec2-command-status-change", "ssm.eventbridge-ec2-state-manager-association-state-change", "ssm.eventbridge-ec2-state-manager-instance-association-state-change", "ssm.eventbridge-maintenance-window-execution-state-change", "ssm.eventbridge-maintenance-window-state-change", "ssm.eventbridge-maintenance-window-target-registration", "ssm.eventbridge-maintenance-window-task-execution-state-change", "ssm.eventbridge-maintenance-window-task-target-invocation-state-change", "ssm.eventbridge-parameter-store-state-change", "stepfunctions.eventbridge-execution-status-change", "tag.eventbridge-tag-change-on-resource", "trustedadvisor.eventbridge-check-item-refresh-notification", "alb.request", "cloudwatch.logs", "cognito.create-auth-challenge", "cognito.custom-email-sender", "cognito.custom-message", "cognito.custom-sms-sender", "cognito.define-auth-challenge", "cognito.inbound-federation", "cognito.post-authentication", "cognito.post-confirmation", "cognito.pre-authentication", "cognito.pre-signup", "cognito.user-migration", "cognito.verify-auth-challenge-response", "documentdb.change-stream", "dynamodb.stream-batch", "eventbridge.event", "kafka.msk", "kafka.self-managed", "kinesis.stream-batch", "mq.activemq", "mq.rabbitmq", "s3.notification", "sns.notification", "sqs.batch"];
  const PLAN = [c10, c10, c10, c10, c10, c10, c10, c10, c10, c10, c10, c10, c11, c11, c10, c10, c10, c10, 0, c10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, c10, c10, c10, c10, c10, 0, 0, c10, 0, c10, c10, 0, 0, 0, c10, 0, c10, c10, 0, c10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, c10, c10, c10, 0, 0, 0, 0, c10, 0, c10, c10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, c10, 0, 0, 0, c10, 0, 0, 0, 0, c10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, c10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, c10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  function finish(e, w, self) {
    const plan = PLAN[w];
    if (plan === 0) {
      for (const k in e) {
        const f = c12.get(k);
        if (f !== void 0 && f !== self) w = f(e, w);
      }
    } else for (let i = 0; i < plan.length; i++) w = plan[i](e, w);
    return IDS2[w];
  }
  return function detect2(e) {
    if (typeof e !== "object" || e === null || Array.isArray(e)) return null;
    let w;
    if (e["detail-type"] !== void 0) {
      w = f130(e, 180);
      if (w !== 180) return finish(e, w, f130);
    }
    if (e.Records !== void 0) {
      w = f142(e, 180);
      if (w !== 180) return finish(e, w, f142);
    }
    if (e.triggerSource !== void 0) {
      w = f195(e, 180);
      if (w !== 180) return finish(e, w, f195);
    }
    if (e.version !== void 0) {
      w = f198(e, 180);
      if (w !== 180) return finish(e, w, f198);
    }
    if (e.eventType !== void 0) {
      w = f206(e, 180);
      if (w !== 180) return finish(e, w, f206);
    }
    if (e.eventSource !== void 0) {
      w = f212(e, 180);
      if (w !== 180) return finish(e, w, f212);
    }
    if (e.type !== void 0) {
      w = f215(e, 180);
      if (w !== 180) return finish(e, w, f215);
    }
    if (e.requestContext !== void 0) {
      w = f219(e, 180);
      if (w !== 180) return finish(e, w, f219);
    }
    if (e.info !== void 0) {
      w = f222(e, 180);
      if (w !== 180) return finish(e, w, f222);
    }
    if (e.actionGroup !== void 0) {
      w = f224(e, 180);
      if (w !== 180) return finish(e, w, f224);
    }
    if (e.deliveryStreamArn !== void 0) {
      w = f226(e, 180);
      if (w !== 180) return finish(e, w, f226);
    }
    if (e.messageVersion !== void 0) {
      w = f228(e, 180);
      if (w !== 180) return finish(e, w, f228);
    }
    if (e.applicationArn !== void 0) {
      w = f230(e, 180);
      if (w !== 180) return finish(e, w, f230);
    }
    if (e.labelingJobArn !== void 0) {
      w = f232(e, 180);
      if (w !== 180) return finish(e, w, f232);
    }
    if (e.invocationSchemaVersion !== void 0) {
      w = f235(e, 180);
      if (w !== 180) return finish(e, w, f235);
    }
    if (e.CapacityToTerminate !== void 0) {
      w = f237(e, 180);
      if (w !== 180) return finish(e, w, f237);
    }
    if (e.RequestType !== void 0) {
      w = f239(e, 180);
      if (w !== 180) return finish(e, w, f239);
    }
    if (e.source !== void 0) {
      w = f241(e, 180);
      if (w !== 180) return finish(e, w, f241);
    }
    if (e.NewStateValue !== void 0) {
      w = f243(e, 180);
      if (w !== 180) return finish(e, w, f243);
    }
    if (e.messageType !== void 0) {
      w = f245(e, 180);
      if (w !== 180) return finish(e, w, f245);
    }
    if (e.protocolData !== void 0) {
      w = f247(e, 180);
      if (w !== 180) return finish(e, w, f247);
    }
    if (e.protocol !== void 0) {
      w = f249(e, 180);
      if (w !== 180) return finish(e, w, f249);
    }
    if (e.flowDirection !== void 0) {
      w = f251(e, 180);
      if (w !== 180) return finish(e, w, f251);
    }
    if (e.request !== void 0) {
      w = f253(e, 180);
      if (w !== 180) return finish(e, w, f253);
    }
    if (e.directive !== void 0) {
      w = f255(e, 180);
      if (w !== 180) return finish(e, w, f255);
    }
    if (e.typeName !== void 0) {
      w = f257(e, 180);
      if (w !== 180) return finish(e, w, f257);
    }
    if (e.authorizationToken !== void 0) {
      w = f259(e, 180);
      if (w !== 180) return finish(e, w, f259);
    }
    if (e.EventType !== void 0) {
      w = f261(e, 180);
      if (w !== 180) return finish(e, w, f261);
    }
    if (e["connection-id"] !== void 0) {
      w = f263(e, 180);
      if (w !== 180) return finish(e, w, f263);
    }
    if (e.widgetContext !== void 0) {
      w = f265(e, 180);
      if (w !== 180) return finish(e, w, f265);
    }
    if (e.configRuleName !== void 0) {
      w = f267(e, 180);
      if (w !== 180) return finish(e, w, f267);
    }
    if (e.Details !== void 0) {
      w = f269(e, 180);
      if (w !== 180) return finish(e, w, f269);
    }
    if (e.invocationId !== void 0) {
      w = f271(e, 180);
      if (w !== 180) return finish(e, w, f271);
    }
    if (e.clickType !== void 0) {
      w = f273(e, 180);
      if (w !== 180) return finish(e, w, f273);
    }
    if (e.deviceEvent !== void 0) {
      w = f275(e, 180);
      if (w !== 180) return finish(e, w, f275);
    }
    if (e.templateArn !== void 0) {
      w = f277(e, 180);
      if (w !== 180) return finish(e, w, f277);
    }
    if (e.xAmzRequestId !== void 0) {
      w = f279(e, 180);
      if (w !== 180) return finish(e, w, f279);
    }
    if (e.Step !== void 0) {
      w = f281(e, 180);
      if (w !== 180) return finish(e, w, f281);
    }
    if (e.raw_path !== void 0) {
      w = f283(e, 180);
      if (w !== 180) return finish(e, w, f283);
    }
    if (e.LifecycleEventHookExecutionId !== void 0) {
      w = f285(e, 180);
      if (w !== 180) return finish(e, w, f285);
    }
    if (e["CodePipeline.job"] !== void 0) {
      w = f287(e, 180);
      if (w !== 180) return finish(e, w, f287);
    }
    if (e.InvocationMetadata !== void 0) {
      w = f289(e, 180);
      if (w !== 180) return finish(e, w, f289);
    }
    if (e.Event !== void 0) {
      w = f291(e, 180);
      if (w !== 180) return finish(e, w, f291);
    }
    if (e.awslogs !== void 0) {
      w = f293(e, 180);
      if (w !== 180) return finish(e, w, f293);
    }
    return null;
  };
})();

// generator/runtime/registry-data.ts
var RULES = [{ "id": "alb.request", "conditions": [{ "pointer": "/requestContext/elb/targetGroupArn", "exists": true }] }, { "id": "alexa.skill", "conditions": [{ "pointer": "/request/requestId", "pattern": "^amzn1\\.echo-api\\.request\\." }, { "pointer": "/request/type", "exists": true }, { "pointer": "/request/timestamp", "exists": true }] }, { "id": "alexa.smart-home", "conditions": [{ "pointer": "/directive/header/payloadVersion", "equals": "3" }, { "pointer": "/directive/header/namespace", "exists": true }, { "pointer": "/directive/header/messageId", "exists": true }] }, { "id": "amplify.graphql-resolver", "conditions": [{ "pointer": "/typeName", "exists": true }, { "pointer": "/fieldName", "exists": true }, { "pointer": "/arguments", "exists": true }] }, { "id": "apigateway.http-authorizer-v1", "conditions": [{ "pointer": "/version", "equals": "1.0" }, { "pointer": "/type", "equals": "REQUEST" }, { "pointer": "/methodArn", "exists": true }] }, { "id": "apigateway.http-authorizer-v2", "conditions": [{ "pointer": "/version", "equals": "2.0" }, { "pointer": "/type", "equals": "REQUEST" }, { "pointer": "/routeArn", "exists": true }, { "pointer": "/requestContext/http/method", "exists": true }] }, { "id": "apigateway.http-proxy-v1", "conditions": [{ "pointer": "/version", "equals": "1.0" }, { "pointer": "/httpMethod", "exists": true }, { "pointer": "/requestContext/resourcePath", "exists": true }, { "pointer": "/type", "exists": false }] }, { "id": "apigateway.http-proxy-v2", "conditions": [{ "pointer": "/version", "equals": "2.0" }, { "pointer": "/requestContext/http/method", "exists": true }, { "pointer": "/routeKey", "exists": true }, { "pointer": "/type", "exists": false }] }, { "id": "apigateway.request-authorizer", "conditions": [{ "pointer": "/type", "equals": "REQUEST" }, { "pointer": "/methodArn", "exists": true }, { "pointer": "/version", "exists": false }, { "pointer": "/requestContext/connectionId", "exists": false }] }, { "id": "apigateway.rest-proxy", "conditions": [{ "pointer": "/requestContext/resourceId", "exists": true }, { "pointer": "/version", "exists": false }, { "pointer": "/type", "exists": false }, { "pointer": "/requestContext/connectionId", "exists": false }] }, { "id": "apigateway.token-authorizer", "conditions": [{ "pointer": "/type", "equals": "TOKEN" }, { "pointer": "/authorizationToken", "exists": true }, { "pointer": "/methodArn", "exists": true }] }, { "id": "apigateway.websocket", "conditions": [{ "pointer": "/requestContext/eventType", "in": ["CONNECT", "DISCONNECT", "MESSAGE"] }, { "pointer": "/requestContext/connectionId", "exists": true }, { "pointer": "/type", "exists": false }, { "pointer": "/methodArn", "exists": false }] }, { "id": "apigateway.websocket-authorizer", "conditions": [{ "pointer": "/type", "equals": "REQUEST" }, { "pointer": "/methodArn", "exists": true }, { "pointer": "/requestContext/connectionId", "exists": true }, { "pointer": "/version", "exists": false }] }, { "id": "appsync.authorizer", "conditions": [{ "pointer": "/authorizationToken", "exists": true }, { "pointer": "/requestContext/apiId", "exists": true }, { "pointer": "/requestContext/queryString", "exists": true }] }, { "id": "appsync.events", "conditions": [{ "pointer": "/info/operation", "in": ["PUBLISH", "SUBSCRIBE"] }, { "pointer": "/info/channelNamespace/name", "exists": true }, { "pointer": "/info/channel/path", "exists": true }] }, { "id": "appsync.resolver", "conditions": [{ "pointer": "/info/parentTypeName", "exists": true }, { "pointer": "/info/fieldName", "exists": true }, { "pointer": "/info/selectionSetList", "exists": true }, { "pointer": "/arguments", "exists": true }] }, { "id": "autoscaling.custom-termination-policy", "conditions": [{ "pointer": "/CapacityToTerminate", "exists": true }, { "pointer": "/AutoScalingGroupARN", "exists": true }, { "pointer": "/Instances", "exists": true }, { "pointer": "/Cause", "exists": true }] }, { "id": "autoscaling.eventbridge-instance-launch-lifecycle-action", "conditions": [{ "pointer": "/detail-type", "equals": "EC2 Instance-launch Lifecycle Action" }, { "pointer": "/source", "equals": "aws.autoscaling" }] }, { "id": "autoscaling.eventbridge-instance-launch-successful", "conditions": [{ "pointer": "/detail-type", "equals": "EC2 Instance Launch Successful" }, { "pointer": "/source", "equals": "aws.autoscaling" }] }, { "id": "autoscaling.eventbridge-instance-launch-unsuccessful", "conditions": [{ "pointer": "/detail-type", "equals": "EC2 Instance Launch Unsuccessful" }, { "pointer": "/source", "equals": "aws.autoscaling" }] }, { "id": "autoscaling.eventbridge-instance-terminate-lifecycle-action", "conditions": [{ "pointer": "/detail-type", "equals": "EC2 Instance-terminate Lifecycle Action" }, { "pointer": "/source", "equals": "aws.autoscaling" }] }, { "id": "autoscaling.eventbridge-instance-terminate-successful", "conditions": [{ "pointer": "/detail-type", "equals": "EC2 Instance Terminate Successful" }, { "pointer": "/source", "equals": "aws.autoscaling" }] }, { "id": "autoscaling.eventbridge-instance-terminate-unsuccessful", "conditions": [{ "pointer": "/detail-type", "equals": "EC2 Instance Terminate Unsuccessful" }, { "pointer": "/source", "equals": "aws.autoscaling" }] }, { "id": "bedrock.agent-action", "conditions": [{ "pointer": "/actionGroup", "exists": true }, { "pointer": "/agent/id", "exists": true }, { "pointer": "/messageVersion", "exists": true }, { "pointer": "/apiPath", "exists": true }] }, { "id": "bedrock.agent-function", "conditions": [{ "pointer": "/actionGroup", "exists": true }, { "pointer": "/agent/id", "exists": true }, { "pointer": "/messageVersion", "exists": true }, { "pointer": "/function", "exists": true }] }, { "id": "chime.bot", "conditions": [{ "pointer": "/EventType", "in": ["Invite", "Mention", "Remove"] }, { "pointer": "/Discussion/DiscussionId", "exists": true }, { "pointer": "/Sender/SenderId", "exists": true }] }, { "id": "clientvpn.connection-handler", "conditions": [{ "pointer": "/connection-id", "exists": true }, { "pointer": "/endpoint-id", "exists": true }, { "pointer": "/schema-version", "exists": true }] }, { "id": "cloudformation.custom-resource", "conditions": [{ "pointer": "/RequestType", "in": ["Create", "Update", "Delete"] }, { "pointer": "/ResponseURL", "exists": true }, { "pointer": "/StackId", "exists": true }, { "pointer": "/LogicalResourceId", "exists": true }] }, { "id": "cloudformation.custom-resource-in-sns", "conditions": [{ "pointer": "/Records/0/EventSource", "equals": "aws:sns" }, { "pointer": "/Records/0/Sns/Message", "pattern": '^\\s*\\{.*?"RequestType"\\s*:\\s*"(Create|Update|Delete)"' }, { "pointer": "/Records/0/Sns/Message", "pattern": '^\\s*\\{.*?"ResponseURL"\\s*:' }] }, { "id": "cloudfront.origin-request", "conditions": [{ "pointer": "/Records/0/cf/config/eventType", "equals": "origin-request" }, { "pointer": "/Records/0/cf/request", "exists": true }] }, { "id": "cloudfront.origin-response", "conditions": [{ "pointer": "/Records/0/cf/config/eventType", "equals": "origin-response" }, { "pointer": "/Records/0/cf/request", "exists": true }, { "pointer": "/Records/0/cf/response", "exists": true }] }, { "id": "cloudfront.viewer-request", "conditions": [{ "pointer": "/Records/0/cf/config/eventType", "equals": "viewer-request" }, { "pointer": "/Records/0/cf/request", "exists": true }] }, { "id": "cloudfront.viewer-response", "conditions": [{ "pointer": "/Records/0/cf/config/eventType", "equals": "viewer-response" }, { "pointer": "/Records/0/cf/request", "exists": true }, { "pointer": "/Records/0/cf/response", "exists": true }] }, { "id": "cloudtrail.eventbridge-aws-api-call", "conditions": [{ "pointer": "/detail-type", "equals": "AWS API Call via CloudTrail" }, { "pointer": "/source", "pattern": "^aws\\." }] }, { "id": "cloudwatch.alarm", "conditions": [{ "pointer": "/source", "equals": "aws.cloudwatch" }, { "pointer": "/alarmArn", "exists": true }, { "pointer": "/alarmData", "exists": true }, { "pointer": "/detail-type", "exists": false }] }, { "id": "cloudwatch.alarm-sns-message", "conditions": [{ "pointer": "/NewStateValue", "in": ["OK", "ALARM", "INSUFFICIENT_DATA"] }, { "pointer": "/AlarmName", "exists": true }, { "pointer": "/AlarmArn", "exists": true }, { "pointer": "/OldStateValue", "exists": true }] }, { "id": "cloudwatch.dashboard-custom-widget", "conditions": [{ "pointer": "/widgetContext/dashboardName", "exists": true }, { "pointer": "/widgetContext/widgetId", "exists": true }, { "pointer": "/widgetContext/timeRange", "exists": true }] }, { "id": "cloudwatch.logs", "conditions": [{ "pointer": "/awslogs/data", "exists": true }] }, { "id": "cloudwatch.logs-data", "conditions": [{ "pointer": "/messageType", "in": ["DATA_MESSAGE", "CONTROL_MESSAGE"] }, { "pointer": "/logGroup", "exists": true }, { "pointer": "/logStream", "exists": true }, { "pointer": "/logEvents", "exists": true }] }, { "id": "cloudwatch.logs-data-in-firehose", "conditions": [{ "pointer": "/deliveryStreamArn", "exists": true }, { "pointer": "/invocationId", "exists": true }, { "pointer": "/records/0/recordId", "exists": true }, { "pointer": "/records/0/data", "pattern": "^H4sI" }] }, { "id": "cloudwatch.logs-data-in-kinesis", "conditions": [{ "pointer": "/Records/0/eventSource", "equals": "aws:kinesis" }, { "pointer": "/window", "exists": false }, { "pointer": "/Records/0/kinesis/data", "pattern": "^H4sI" }] }, { "id": "codebuild.eventbridge-build-phase-change", "conditions": [{ "pointer": "/detail-type", "equals": "CodeBuild Build Phase Change" }, { "pointer": "/source", "equals": "aws.codebuild" }] }, { "id": "codebuild.eventbridge-build-state-change", "conditions": [{ "pointer": "/detail-type", "equals": "CodeBuild Build State Change" }, { "pointer": "/source", "equals": "aws.codebuild" }] }, { "id": "codecommit.trigger", "conditions": [{ "pointer": "/Records/0/eventSource", "equals": "aws:codecommit" }, { "pointer": "/Records/0/codecommit", "exists": true }] }, { "id": "codedeploy.eventbridge-deployment-state-change", "conditions": [{ "pointer": "/detail-type", "equals": "CodeDeploy Deployment State-change Notification" }, { "pointer": "/source", "equals": "aws.codedeploy" }] }, { "id": "codedeploy.eventbridge-instance-state-change", "conditions": [{ "pointer": "/detail-type", "equals": "CodeDeploy Instance State-change Notification" }, { "pointer": "/source", "equals": "aws.codedeploy" }] }, { "id": "codedeploy.lifecycle-hook", "conditions": [{ "pointer": "/LifecycleEventHookExecutionId", "exists": true }, { "pointer": "/DeploymentId", "exists": true }] }, { "id": "codepipeline.eventbridge-action-execution-state-change", "conditions": [{ "pointer": "/detail-type", "equals": "CodePipeline Action Execution State Change" }, { "pointer": "/source", "equals": "aws.codepipeline" }] }, { "id": "codepipeline.eventbridge-pipeline-execution-state-change", "conditions": [{ "pointer": "/detail-type", "equals": "CodePipeline Pipeline Execution State Change" }, { "pointer": "/source", "equals": "aws.codepipeline" }] }, { "id": "codepipeline.eventbridge-stage-execution-state-change", "conditions": [{ "pointer": "/detail-type", "equals": "CodePipeline Stage Execution State Change" }, { "pointer": "/source", "equals": "aws.codepipeline" }] }, { "id": "codepipeline.job", "conditions": [{ "pointer": "/CodePipeline.job/id", "exists": true }, { "pointer": "/CodePipeline.job/data", "exists": true }] }, { "id": "cognito.create-auth-challenge", "conditions": [{ "pointer": "/triggerSource", "equals": "CreateAuthChallenge_Authentication" }] }, { "id": "cognito.custom-email-sender", "conditions": [{ "pointer": "/triggerSource", "in": ["CustomEmailSender_SignUp", "CustomEmailSender_Authentication", "CustomEmailSender_ForgotPassword", "CustomEmailSender_ResendCode", "CustomEmailSender_UpdateUserAttribute", "CustomEmailSender_VerifyUserAttribute", "CustomEmailSender_AdminCreateUser", "CustomEmailSender_AccountTakeOverNotification"] }] }, { "id": "cognito.custom-message", "conditions": [{ "pointer": "/triggerSource", "in": ["CustomMessage_SignUp", "CustomMessage_AdminCreateUser", "CustomMessage_ResendCode", "CustomMessage_ForgotPassword", "CustomMessage_UpdateUserAttribute", "CustomMessage_VerifyUserAttribute", "CustomMessage_Authentication"] }] }, { "id": "cognito.custom-sms-sender", "conditions": [{ "pointer": "/triggerSource", "in": ["CustomSMSSender_SignUp", "CustomSMSSender_ResendCode", "CustomSMSSender_ForgotPassword", "CustomSMSSender_UpdateUserAttribute", "CustomSMSSender_VerifyUserAttribute", "CustomSMSSender_Authentication", "CustomSMSSender_AdminCreateUser"] }] }, { "id": "cognito.define-auth-challenge", "conditions": [{ "pointer": "/triggerSource", "equals": "DefineAuthChallenge_Authentication" }] }, { "id": "cognito.inbound-federation", "conditions": [{ "pointer": "/triggerSource", "equals": "InboundFederation_ExternalProvider" }] }, { "id": "cognito.post-authentication", "conditions": [{ "pointer": "/triggerSource", "equals": "PostAuthentication_Authentication" }] }, { "id": "cognito.post-confirmation", "conditions": [{ "pointer": "/triggerSource", "in": ["PostConfirmation_ConfirmSignUp", "PostConfirmation_ConfirmForgotPassword"] }] }, { "id": "cognito.pre-authentication", "conditions": [{ "pointer": "/triggerSource", "equals": "PreAuthentication_Authentication" }] }, { "id": "cognito.pre-signup", "conditions": [{ "pointer": "/triggerSource", "in": ["PreSignUp_SignUp", "PreSignUp_AdminCreateUser", "PreSignUp_ExternalProvider"] }] }, { "id": "cognito.pre-token-generation", "conditions": [{ "pointer": "/triggerSource", "in": ["TokenGeneration_HostedAuth", "TokenGeneration_Authentication", "TokenGeneration_NewPasswordChallenge", "TokenGeneration_AuthenticateDevice", "TokenGeneration_RefreshTokens"] }, { "pointer": "/version", "equals": "1" }] }, { "id": "cognito.pre-token-generation-v2", "conditions": [{ "pointer": "/triggerSource", "in": ["TokenGeneration_HostedAuth", "TokenGeneration_Authentication", "TokenGeneration_NewPasswordChallenge", "TokenGeneration_AuthenticateDevice", "TokenGeneration_RefreshTokens"] }, { "pointer": "/version", "equals": "2" }] }, { "id": "cognito.pre-token-generation-v3", "conditions": [{ "pointer": "/triggerSource", "in": ["TokenGeneration_HostedAuth", "TokenGeneration_Authentication", "TokenGeneration_NewPasswordChallenge", "TokenGeneration_AuthenticateDevice", "TokenGeneration_RefreshTokens", "TokenGeneration_ClientCredentials"] }, { "pointer": "/version", "equals": "3" }] }, { "id": "cognito.sync-trigger", "conditions": [{ "pointer": "/eventType", "equals": "SyncTrigger" }, { "pointer": "/datasetRecords", "exists": true }] }, { "id": "cognito.user-migration", "conditions": [{ "pointer": "/triggerSource", "in": ["UserMigration_Authentication", "UserMigration_ForgotPassword"] }] }, { "id": "cognito.verify-auth-challenge-response", "conditions": [{ "pointer": "/triggerSource", "equals": "VerifyAuthChallengeResponse_Authentication" }] }, { "id": "config.rule", "conditions": [{ "pointer": "/configRuleName", "exists": true }, { "pointer": "/invokingEvent", "exists": true }, { "pointer": "/resultToken", "exists": true }] }, { "id": "connect.contact-flow", "conditions": [{ "pointer": "/Details/ContactData/ContactId", "exists": true }, { "pointer": "/Details/Parameters", "exists": true }, { "pointer": "/Name", "exists": true }] }, { "id": "connect.outbound-campaigns", "conditions": [{ "pointer": "/InvocationMetadata/CampaignContext/CampaignId", "exists": true }, { "pointer": "/Items/CustomerProfiles", "exists": true }] }, { "id": "documentdb.change-stream", "conditions": [{ "pointer": "/eventSource", "equals": "aws:docdb" }] }, { "id": "dynamodb.stream-batch", "conditions": [{ "pointer": "/Records/0/eventSource", "equals": "aws:dynamodb" }] }, { "id": "dynamodb.stream-record-in-kinesis", "conditions": [{ "pointer": "/Records/0/eventSource", "equals": "aws:kinesis" }, { "pointer": "/window", "exists": false }, { "pointer": "/Records/0/kinesis/data", "pattern": "^eyJhd3NSZWdpb24iOi" }] }, { "id": "dynamodb.stream-tumbling-window", "conditions": [{ "pointer": "/Records/0/eventSource", "equals": "aws:dynamodb" }, { "pointer": "/window", "exists": true }] }, { "id": "ec2.eventbridge-instance-state-change", "conditions": [{ "pointer": "/detail-type", "equals": "EC2 Instance State-change Notification" }, { "pointer": "/source", "equals": "aws.ec2" }] }, { "id": "ecr.eventbridge-image-action", "conditions": [{ "pointer": "/detail-type", "equals": "ECR Image Action" }, { "pointer": "/source", "equals": "aws.ecr" }] }, { "id": "ecr.eventbridge-image-scan", "conditions": [{ "pointer": "/detail-type", "equals": "ECR Image Scan" }, { "pointer": "/source", "equals": "aws.ecr" }] }, { "id": "ecs.eventbridge-container-instance-state-change", "conditions": [{ "pointer": "/detail-type", "equals": "ECS Container Instance State Change" }, { "pointer": "/source", "equals": "aws.ecs" }] }, { "id": "emr.eventbridge-auto-scaling-policy-state-change", "conditions": [{ "pointer": "/detail-type", "equals": "EMR Auto Scaling Policy State Change" }, { "pointer": "/source", "equals": "aws.emr" }] }, { "id": "emr.eventbridge-cluster-state-change", "conditions": [{ "pointer": "/detail-type", "equals": "EMR Cluster State Change" }, { "pointer": "/source", "equals": "aws.emr" }] }, { "id": "emr.eventbridge-instance-group-state-change", "conditions": [{ "pointer": "/detail-type", "equals": "EMR Instance Group State Change" }, { "pointer": "/source", "equals": "aws.emr" }] }, { "id": "emr.eventbridge-step-status-change", "conditions": [{ "pointer": "/detail-type", "equals": "EMR Step Status Change" }, { "pointer": "/source", "equals": "aws.emr" }] }, { "id": "eventbridge.event", "conditions": [{ "pointer": "/detail-type", "exists": true }] }, { "id": "eventbridge.scheduled", "conditions": [{ "pointer": "/detail-type", "equals": "Scheduled Event" }, { "pointer": "/source", "equals": "aws.events" }] }, { "id": "firehose.transformation", "conditions": [{ "pointer": "/invocationId", "exists": true }, { "pointer": "/records/0/approximateArrivalTimestamp", "exists": true }, { "pointer": "/region", "exists": true }] }, { "id": "gamelift.eventbridge-accept-match", "conditions": [{ "pointer": "/detail-type", "equals": "GameLift Matchmaking Event" }, { "pointer": "/source", "equals": "aws.gamelift" }, { "pointer": "/detail/type", "equals": "AcceptMatch" }] }, { "id": "gamelift.eventbridge-accept-match-completed", "conditions": [{ "pointer": "/detail-type", "equals": "GameLift Matchmaking Event" }, { "pointer": "/source", "equals": "aws.gamelift" }, { "pointer": "/detail/type", "equals": "AcceptMatchCompleted" }] }, { "id": "gamelift.eventbridge-matchmaking-cancelled", "conditions": [{ "pointer": "/detail-type", "equals": "GameLift Matchmaking Event" }, { "pointer": "/source", "equals": "aws.gamelift" }, { "pointer": "/detail/type", "equals": "MatchmakingCancelled" }] }, { "id": "gamelift.eventbridge-matchmaking-failed", "conditions": [{ "pointer": "/detail-type", "equals": "GameLift Matchmaking Event" }, { "pointer": "/source", "equals": "aws.gamelift" }, { "pointer": "/detail/type", "equals": "MatchmakingFailed" }] }, { "id": "gamelift.eventbridge-matchmaking-searching", "conditions": [{ "pointer": "/detail-type", "equals": "GameLift Matchmaking Event" }, { "pointer": "/source", "equals": "aws.gamelift" }, { "pointer": "/detail/type", "equals": "MatchmakingSearching" }] }, { "id": "gamelift.eventbridge-matchmaking-succeeded", "conditions": [{ "pointer": "/detail-type", "equals": "GameLift Matchmaking Event" }, { "pointer": "/source", "equals": "aws.gamelift" }, { "pointer": "/detail/type", "equals": "MatchmakingSucceeded" }] }, { "id": "gamelift.eventbridge-matchmaking-timed-out", "conditions": [{ "pointer": "/detail-type", "equals": "GameLift Matchmaking Event" }, { "pointer": "/source", "equals": "aws.gamelift" }, { "pointer": "/detail/type", "equals": "MatchmakingTimedOut" }] }, { "id": "gamelift.eventbridge-potential-match-created", "conditions": [{ "pointer": "/detail-type", "equals": "GameLift Matchmaking Event" }, { "pointer": "/source", "equals": "aws.gamelift" }, { "pointer": "/detail/type", "equals": "PotentialMatchCreated" }] }, { "id": "glue.eventbridge-crawler-failed", "conditions": [{ "pointer": "/detail-type", "equals": "Glue Crawler State Change" }, { "pointer": "/source", "equals": "aws.glue" }, { "pointer": "/detail/state", "equals": "Failed" }] }, { "id": "glue.eventbridge-crawler-started", "conditions": [{ "pointer": "/detail-type", "equals": "Glue Crawler State Change" }, { "pointer": "/source", "equals": "aws.glue" }, { "pointer": "/detail/state", "equals": "Started" }] }, { "id": "glue.eventbridge-crawler-succeeded", "conditions": [{ "pointer": "/detail-type", "equals": "Glue Crawler State Change" }, { "pointer": "/source", "equals": "aws.glue" }, { "pointer": "/detail/state", "equals": "Succeeded" }] }, { "id": "glue.eventbridge-data-catalog-database-state-change", "conditions": [{ "pointer": "/detail-type", "equals": "Glue Data Catalog Database State Change" }, { "pointer": "/source", "equals": "aws.glue" }] }, { "id": "glue.eventbridge-data-catalog-table-state-change", "conditions": [{ "pointer": "/detail-type", "equals": "Glue Data Catalog Table State Change" }, { "pointer": "/source", "equals": "aws.glue" }] }, { "id": "glue.eventbridge-job-run-state-change", "conditions": [{ "pointer": "/detail-type", "equals": "Glue Job State Change" }, { "pointer": "/source", "equals": "aws.glue" }] }, { "id": "glue.eventbridge-job-run-status", "conditions": [{ "pointer": "/detail-type", "equals": "Glue Job Run Status" }, { "pointer": "/source", "equals": "aws.glue" }] }, { "id": "guardduty.eventbridge-malware-protection-object-scan-result", "conditions": [{ "pointer": "/detail-type", "equals": "GuardDuty Malware Protection Object Scan Result" }, { "pointer": "/source", "equals": "aws.guardduty" }] }, { "id": "health.eventbridge-event", "conditions": [{ "pointer": "/detail-type", "equals": "AWS Health Event" }, { "pointer": "/source", "equals": "aws.health" }] }, { "id": "iot.button", "conditions": [{ "pointer": "/clickType", "in": ["SINGLE", "DOUBLE", "LONG"] }, { "pointer": "/serialNumber", "exists": true }, { "pointer": "/batteryVoltage", "exists": true }] }, { "id": "iot.custom-authorizer", "conditions": [{ "pointer": "/protocolData", "exists": true }, { "pointer": "/signatureVerified", "exists": true }, { "pointer": "/protocols", "exists": true }, { "pointer": "/connectionMetadata/id", "exists": true }] }, { "id": "iot.one-click", "conditions": [{ "pointer": "/deviceEvent", "exists": true }, { "pointer": "/deviceInfo/deviceId", "exists": true }, { "pointer": "/deviceInfo/type", "exists": true }] }, { "id": "iot.preprovisioning-hook", "conditions": [{ "pointer": "/templateArn", "pattern": "^arn:[a-z-]+:iot:[^:]*:[^:]*:provisioningtemplate/" }, { "pointer": "/claimCertificateId", "exists": true }, { "pointer": "/certificateId", "exists": true }] }, { "id": "iot.registry-thing-event", "conditions": [{ "pointer": "/eventType", "equals": "THING_EVENT" }, { "pointer": "/eventId", "exists": true }, { "pointer": "/operation", "exists": true }, { "pointer": "/timestamp", "exists": true }] }, { "id": "iot.registry-thing-group-event", "conditions": [{ "pointer": "/eventType", "equals": "THING_GROUP_EVENT" }, { "pointer": "/eventId", "exists": true }, { "pointer": "/operation", "exists": true }, { "pointer": "/timestamp", "exists": true }] }, { "id": "iot.registry-thing-group-hierarchy-event", "conditions": [{ "pointer": "/eventType", "equals": "THING_GROUP_HIERARCHY_EVENT" }, { "pointer": "/eventId", "exists": true }, { "pointer": "/operation", "exists": true }, { "pointer": "/timestamp", "exists": true }] }, { "id": "iot.registry-thing-group-membership-event", "conditions": [{ "pointer": "/eventType", "equals": "THING_GROUP_MEMBERSHIP_EVENT" }, { "pointer": "/eventId", "exists": true }, { "pointer": "/operation", "exists": true }, { "pointer": "/timestamp", "exists": true }] }, { "id": "iot.registry-thing-type-association-event", "conditions": [{ "pointer": "/eventType", "equals": "THING_TYPE_ASSOCIATION_EVENT" }, { "pointer": "/eventId", "exists": true }, { "pointer": "/operation", "exists": true }, { "pointer": "/timestamp", "exists": true }] }, { "id": "iot.registry-thing-type-event", "conditions": [{ "pointer": "/eventType", "equals": "THING_TYPE_EVENT" }, { "pointer": "/eventId", "exists": true }, { "pointer": "/operation", "exists": true }, { "pointer": "/timestamp", "exists": true }] }, { "id": "kafka.msk", "conditions": [{ "pointer": "/eventSource", "equals": "aws:kafka" }] }, { "id": "kafka.self-managed", "conditions": [{ "pointer": "/eventSource", "in": ["SelfManagedKafka", "aws:SelfManagedKafka"] }] }, { "id": "kinesis-analytics.output-delivery", "conditions": [{ "pointer": "/applicationArn", "pattern": "^arn:[a-z-]+:kinesisanalytics:" }, { "pointer": "/invocationId", "exists": true }, { "pointer": "/streamArn", "exists": false }] }, { "id": "kinesis-analytics.preprocessing", "conditions": [{ "pointer": "/applicationArn", "pattern": "^arn:[a-z-]+:kinesisanalytics:" }, { "pointer": "/invocationId", "exists": true }, { "pointer": "/streamArn", "exists": true }] }, { "id": "kinesis.stream-batch", "conditions": [{ "pointer": "/Records/0/eventSource", "equals": "aws:kinesis" }] }, { "id": "kinesis.stream-tumbling-window", "conditions": [{ "pointer": "/Records/0/eventSource", "equals": "aws:kinesis" }, { "pointer": "/window", "exists": true }] }, { "id": "kms.eventbridge-cmk-event", "conditions": [{ "pointer": "/detail-type", "in": ["KMS CMK Rotation", "KMS Imported Key Material Expiration", "KMS CMK Deletion"] }, { "pointer": "/source", "equals": "aws.kms" }] }, { "id": "lambda.destination-record", "conditions": [{ "pointer": "/version", "equals": "1.0" }, { "pointer": "/requestContext/condition", "exists": true }, { "pointer": "/requestContext/approximateInvokeCount", "exists": true }, { "pointer": "/requestContext/functionArn", "exists": true }, { "pointer": "/timestamp", "exists": true }] }, { "id": "lambda.function-url", "conditions": [{ "pointer": "/version", "equals": "2.0" }, { "pointer": "/requestContext/domainName", "pattern": "^[^.]+\\.([a-z0-9-]+-)?lambda-url\\.[a-z0-9-]+\\.on\\.aws$" }, { "pointer": "/requestContext/http/method", "exists": true }, { "pointer": "/rawPath", "exists": true }, { "pointer": "/rawQueryString", "exists": true }] }, { "id": "lex.v1", "conditions": [{ "pointer": "/messageVersion", "equals": "1.0" }, { "pointer": "/currentIntent", "exists": true }, { "pointer": "/bot/alias", "exists": true }] }, { "id": "lex.v2", "conditions": [{ "pointer": "/messageVersion", "equals": "1.0" }, { "pointer": "/sessionState", "exists": true }, { "pointer": "/interpretations", "exists": true }, { "pointer": "/bot/localeId", "exists": true }] }, { "id": "macie.eventbridge-alert-updated", "conditions": [{ "pointer": "/detail-type", "equals": "Macie Alert" }, { "pointer": "/source", "equals": "aws.macie" }, { "pointer": "/detail/notification-type", "equals": "ALERT_UPDATED" }] }, { "id": "macie.eventbridge-bucket-contains-high-risk-object-alert", "conditions": [{ "pointer": "/detail-type", "equals": "Macie Alert" }, { "pointer": "/source", "equals": "aws.macie" }, { "pointer": "/detail/trigger/alert-type", "equals": "basic" }, { "pointer": "/detail/summary/Object", "exists": true }] }, { "id": "macie.eventbridge-bucket-scan-alert", "conditions": [{ "pointer": "/detail-type", "equals": "Macie Alert" }, { "pointer": "/source", "equals": "aws.macie" }, { "pointer": "/detail/trigger/alert-type", "equals": "basic" }, { "pointer": "/detail/summary/Events", "exists": true }] }, { "id": "macie.eventbridge-bucket-writable-alert", "conditions": [{ "pointer": "/detail-type", "equals": "Macie Alert" }, { "pointer": "/source", "equals": "aws.macie" }, { "pointer": "/detail/trigger/alert-type", "equals": "basic" }, { "pointer": "/detail/summary/ACL", "exists": true }] }, { "id": "mq.activemq", "conditions": [{ "pointer": "/eventSource", "equals": "aws:mq" }] }, { "id": "mq.rabbitmq", "conditions": [{ "pointer": "/eventSource", "equals": "aws:rmq" }] }, { "id": "opsworks.eventbridge-alert", "conditions": [{ "pointer": "/detail-type", "equals": "OpsWorks Alert" }, { "pointer": "/source", "equals": "aws.opsworks" }] }, { "id": "opsworks.eventbridge-command-state-change", "conditions": [{ "pointer": "/detail-type", "equals": "OpsWorks Command State Change" }, { "pointer": "/source", "equals": "aws.opsworks" }] }, { "id": "opsworks.eventbridge-deployment-state-change", "conditions": [{ "pointer": "/detail-type", "equals": "OpsWorks Deployment State Change" }, { "pointer": "/source", "equals": "aws.opsworks" }] }, { "id": "opsworks.eventbridge-instance-state-change", "conditions": [{ "pointer": "/detail-type", "equals": "OpsWorks Instance State Change" }, { "pointer": "/source", "equals": "aws.opsworks" }] }, { "id": "s3.batch-v1", "conditions": [{ "pointer": "/invocationSchemaVersion", "equals": "1.0" }, { "pointer": "/tasks", "exists": true }] }, { "id": "s3.batch-v2", "conditions": [{ "pointer": "/invocationSchemaVersion", "equals": "2.0" }, { "pointer": "/tasks", "exists": true }] }, { "id": "s3.eventbridge-object-access-tier-changed", "conditions": [{ "pointer": "/detail-type", "equals": "Object Access Tier Changed" }, { "pointer": "/source", "equals": "aws.s3" }] }, { "id": "s3.eventbridge-object-acl-updated", "conditions": [{ "pointer": "/detail-type", "equals": "Object ACL Updated" }, { "pointer": "/source", "equals": "aws.s3" }] }, { "id": "s3.eventbridge-object-created", "conditions": [{ "pointer": "/detail-type", "equals": "Object Created" }, { "pointer": "/source", "equals": "aws.s3" }] }, { "id": "s3.eventbridge-object-deleted", "conditions": [{ "pointer": "/detail-type", "equals": "Object Deleted" }, { "pointer": "/source", "equals": "aws.s3" }] }, { "id": "s3.eventbridge-object-restore-completed", "conditions": [{ "pointer": "/detail-type", "equals": "Object Restore Completed" }, { "pointer": "/source", "equals": "aws.s3" }] }, { "id": "s3.eventbridge-object-restore-expired", "conditions": [{ "pointer": "/detail-type", "equals": "Object Restore Expired" }, { "pointer": "/source", "equals": "aws.s3" }] }, { "id": "s3.eventbridge-object-restore-initiated", "conditions": [{ "pointer": "/detail-type", "equals": "Object Restore Initiated" }, { "pointer": "/source", "equals": "aws.s3" }] }, { "id": "s3.eventbridge-object-storage-class-changed", "conditions": [{ "pointer": "/detail-type", "equals": "Object Storage Class Changed" }, { "pointer": "/source", "equals": "aws.s3" }] }, { "id": "s3.eventbridge-object-tags-added", "conditions": [{ "pointer": "/detail-type", "equals": "Object Tags Added" }, { "pointer": "/source", "equals": "aws.s3" }] }, { "id": "s3.eventbridge-object-tags-deleted", "conditions": [{ "pointer": "/detail-type", "equals": "Object Tags Deleted" }, { "pointer": "/source", "equals": "aws.s3" }] }, { "id": "s3.notification", "conditions": [{ "pointer": "/Records/0/eventSource", "equals": "aws:s3" }] }, { "id": "s3.notification-in-sqs", "conditions": [{ "pointer": "/Records/0/eventSource", "equals": "aws:sqs" }, { "pointer": "/Records/0/body", "pattern": '^\\s*\\{\\s*(?:"Records"\\s*:\\s*\\[.*?"eventSource"\\s*:\\s*"aws:s3"|"Service"\\s*:\\s*"Amazon S3"\\s*,\\s*"Event"\\s*:\\s*"s3:TestEvent")' }] }, { "id": "s3.object-lambda", "conditions": [{ "pointer": "/xAmzRequestId", "exists": true }, { "pointer": "/configuration/accessPointArn", "pattern": "^arn:aws[a-z-]*:s3-object-lambda:" }, { "pointer": "/userRequest/url", "exists": true }] }, { "id": "s3.test-event", "conditions": [{ "pointer": "/Event", "equals": "s3:TestEvent" }, { "pointer": "/Service", "equals": "Amazon S3" }] }, { "id": "sagemaker.ground-truth-annotation-consolidation", "conditions": [{ "pointer": "/labelingJobArn", "exists": true }, { "pointer": "/payload/s3Uri", "exists": true }, { "pointer": "/labelAttributeName", "exists": true }] }, { "id": "sagemaker.ground-truth-pre-human-task", "conditions": [{ "pointer": "/labelingJobArn", "exists": true }, { "pointer": "/dataObject", "exists": true }] }, { "id": "secretsmanager.rotation", "conditions": [{ "pointer": "/Step", "in": ["createSecret", "setSecret", "testSecret", "finishSecret"] }, { "pointer": "/SecretId", "exists": true }, { "pointer": "/ClientRequestToken", "exists": true }] }, { "id": "ses.receipt", "conditions": [{ "pointer": "/Records/0/eventSource", "equals": "aws:ses" }, { "pointer": "/Records/0/ses/mail", "exists": true }] }, { "id": "signin.eventbridge-console-sign-in", "conditions": [{ "pointer": "/detail-type", "equals": "AWS Console Sign In via CloudTrail" }, { "pointer": "/source", "equals": "aws.signin" }] }, { "id": "sms.eventbridge-job-state-change", "conditions": [{ "pointer": "/detail-type", "equals": "Server Migration Job State Change" }, { "pointer": "/source", "equals": "aws.sms" }] }, { "id": "sns.notification", "conditions": [{ "pointer": "/Records/0/EventSource", "equals": "aws:sns" }] }, { "id": "sns.notification-in-sqs", "conditions": [{ "pointer": "/Records/0/eventSource", "equals": "aws:sqs" }, { "pointer": "/Records/0/body", "pattern": '^\\s*\\{\\s*"Type"\\s*:\\s*"Notification"\\s*,' }] }, { "id": "sqs.batch", "conditions": [{ "pointer": "/Records/0/eventSource", "equals": "aws:sqs" }] }, { "id": "sqs.message-in-firehose", "conditions": [{ "pointer": "/deliveryStreamArn", "exists": true }, { "pointer": "/invocationId", "exists": true }, { "pointer": "/records/0/recordId", "exists": true }, { "pointer": "/records/0/data", "pattern": "^eyJtZXNzYWdlSWQiOi" }] }, { "id": "ssm.eventbridge-calendar-state-change", "conditions": [{ "pointer": "/detail-type", "equals": "Calendar State Change" }, { "pointer": "/source", "equals": "aws.ssm" }] }, { "id": "ssm.eventbridge-configuration-compliance-state-change", "conditions": [{ "pointer": "/detail-type", "equals": "Configuration Compliance State Change" }, { "pointer": "/source", "equals": "aws.ssm" }] }, { "id": "ssm.eventbridge-ec2-automation-execution-status-change", "conditions": [{ "pointer": "/detail-type", "equals": "EC2 Automation Execution Status-change Notification" }, { "pointer": "/source", "equals": "aws.ssm" }] }, { "id": "ssm.eventbridge-ec2-automation-step-status-change", "conditions": [{ "pointer": "/detail-type", "equals": "EC2 Automation Step Status-change Notification" }, { "pointer": "/source", "equals": "aws.ssm" }] }, { "id": "ssm.eventbridge-ec2-command-invocation-status-change", "conditions": [{ "pointer": "/detail-type", "equals": "EC2 Command Invocation Status-change Notification" }, { "pointer": "/source", "equals": "aws.ssm" }] }, { "id": "ssm.eventbridge-ec2-command-status-change", "conditions": [{ "pointer": "/detail-type", "equals": "EC2 Command Status-change Notification" }, { "pointer": "/source", "equals": "aws.ssm" }] }, { "id": "ssm.eventbridge-ec2-state-manager-association-state-change", "conditions": [{ "pointer": "/detail-type", "equals": "EC2 State Manager Association State Change" }, { "pointer": "/source", "equals": "aws.ssm" }] }, { "id": "ssm.eventbridge-ec2-state-manager-instance-association-state-change", "conditions": [{ "pointer": "/detail-type", "equals": "EC2 State Manager Instance Association State Change" }, { "pointer": "/source", "equals": "aws.ssm" }] }, { "id": "ssm.eventbridge-maintenance-window-execution-state-change", "conditions": [{ "pointer": "/detail-type", "equals": "Maintenance Window Execution State-change Notification" }, { "pointer": "/source", "equals": "aws.ssm" }] }, { "id": "ssm.eventbridge-maintenance-window-state-change", "conditions": [{ "pointer": "/detail-type", "equals": "Maintenance Window State-change Notification" }, { "pointer": "/source", "equals": "aws.ssm" }] }, { "id": "ssm.eventbridge-maintenance-window-target-registration", "conditions": [{ "pointer": "/detail-type", "equals": "Maintenance Window Target Registration Notification" }, { "pointer": "/source", "equals": "aws.ssm" }] }, { "id": "ssm.eventbridge-maintenance-window-task-execution-state-change", "conditions": [{ "pointer": "/detail-type", "equals": "Maintenance Window Task Execution State-change Notification" }, { "pointer": "/source", "equals": "aws.ssm" }] }, { "id": "ssm.eventbridge-maintenance-window-task-target-invocation-state-change", "conditions": [{ "pointer": "/detail-type", "equals": "Maintenance Window Task Target Invocation State-change Notification" }, { "pointer": "/source", "equals": "aws.ssm" }] }, { "id": "ssm.eventbridge-parameter-store-state-change", "conditions": [{ "pointer": "/detail-type", "equals": "Parameter Store Change" }, { "pointer": "/source", "equals": "aws.ssm" }] }, { "id": "stepfunctions.eventbridge-execution-status-change", "conditions": [{ "pointer": "/detail-type", "equals": "Step Functions Execution Status Change" }, { "pointer": "/source", "equals": "aws.states" }] }, { "id": "tag.eventbridge-tag-change-on-resource", "conditions": [{ "pointer": "/detail-type", "equals": "Tag Change on Resource" }, { "pointer": "/source", "equals": "aws.tag" }] }, { "id": "transfer.identity-provider", "conditions": [{ "pointer": "/protocol", "in": ["SFTP", "FTPS", "FTP"] }, { "pointer": "/serverId", "exists": true }, { "pointer": "/username", "exists": true }, { "pointer": "/sourceIp", "exists": true }] }, { "id": "trustedadvisor.eventbridge-check-item-refresh-notification", "conditions": [{ "pointer": "/detail-type", "equals": "Trusted Advisor Check Item Refresh Notification" }, { "pointer": "/source", "equals": "aws.trustedadvisor" }] }, { "id": "vpc-lattice.request-v1", "conditions": [{ "pointer": "/raw_path", "exists": true }, { "pointer": "/method", "exists": true }, { "pointer": "/version", "exists": false }] }, { "id": "vpc-lattice.request-v2", "conditions": [{ "pointer": "/version", "equals": "2.0" }, { "pointer": "/requestContext/targetGroupArn", "exists": true }, { "pointer": "/requestContext/serviceArn", "exists": true }, { "pointer": "/method", "exists": true }, { "pointer": "/requestContext/http", "exists": false }] }, { "id": "workmail.message-flow", "conditions": [{ "pointer": "/flowDirection", "in": ["INBOUND", "OUTBOUND"] }, { "pointer": "/summaryVersion", "exists": true }, { "pointer": "/envelope", "exists": true }, { "pointer": "/messageId", "exists": true }] }];
var IDS = Object.freeze(["alb.request", "alb.request.result", "alexa.skill", "alexa.skill.result", "alexa.smart-home", "alexa.smart-home.result", "amplify.graphql-resolver", "apigateway.http-authorizer-v1", "apigateway.http-authorizer-v1.result", "apigateway.http-authorizer-v2", "apigateway.http-authorizer-v2.result", "apigateway.http-proxy-v1", "apigateway.http-proxy-v1.result", "apigateway.http-proxy-v2", "apigateway.http-proxy-v2.result", "apigateway.request-authorizer", "apigateway.request-authorizer.result", "apigateway.rest-proxy", "apigateway.rest-proxy-streaming.result", "apigateway.rest-proxy.result", "apigateway.token-authorizer", "apigateway.token-authorizer.result", "apigateway.websocket", "apigateway.websocket-authorizer", "apigateway.websocket.result", "appsync.authorizer", "appsync.authorizer.result", "appsync.batch-resolver", "appsync.events", "appsync.events.result", "appsync.resolver", "autoscaling.custom-termination-policy", "autoscaling.custom-termination-policy.result", "autoscaling.eventbridge-instance-launch-lifecycle-action", "autoscaling.eventbridge-instance-launch-successful", "autoscaling.eventbridge-instance-launch-unsuccessful", "autoscaling.eventbridge-instance-terminate-lifecycle-action", "autoscaling.eventbridge-instance-terminate-successful", "autoscaling.eventbridge-instance-terminate-unsuccessful", "bedrock.agent-action", "bedrock.agent-action.result", "bedrock.agent-function", "bedrock.agent-function.result", "cdk.provider-is-complete", "cdk.provider-is-complete.result", "cdk.provider-on-event", "cdk.provider-on-event.result", "chime.bot", "clientvpn.connection-handler", "clientvpn.connection-handler.result", "cloudformation.custom-resource", "cloudformation.custom-resource-in-sns", "cloudformation.custom-resource.result", "cloudfront.origin-request", "cloudfront.origin-request.result", "cloudfront.origin-response", "cloudfront.origin-response.result", "cloudfront.viewer-request", "cloudfront.viewer-request.result", "cloudfront.viewer-response", "cloudfront.viewer-response.result", "cloudtrail.eventbridge-aws-api-call", "cloudwatch.alarm", "cloudwatch.alarm-sns-message", "cloudwatch.dashboard-custom-widget", "cloudwatch.dashboard-custom-widget.result", "cloudwatch.logs", "cloudwatch.logs-data", "cloudwatch.logs-data-in-firehose", "cloudwatch.logs-data-in-kinesis", "codebuild.eventbridge-build-phase-change", "codebuild.eventbridge-build-state-change", "codecommit.trigger", "codedeploy.eventbridge-deployment-state-change", "codedeploy.eventbridge-instance-state-change", "codedeploy.lifecycle-hook", "codepipeline.eventbridge-action-execution-state-change", "codepipeline.eventbridge-pipeline-execution-state-change", "codepipeline.eventbridge-stage-execution-state-change", "codepipeline.job", "cognito.create-auth-challenge", "cognito.custom-email-sender", "cognito.custom-message", "cognito.custom-sms-sender", "cognito.define-auth-challenge", "cognito.inbound-federation", "cognito.post-authentication", "cognito.post-confirmation", "cognito.pre-authentication", "cognito.pre-signup", "cognito.pre-token-generation", "cognito.pre-token-generation-v2", "cognito.pre-token-generation-v3", "cognito.sync-trigger", "cognito.user-migration", "cognito.verify-auth-challenge-response", "config.rule", "connect.contact-flow", "connect.contact-flow.result", "connect.outbound-campaigns", "documentdb.change-stream", "dynamodb.stream-batch", "dynamodb.stream-batch.result", "dynamodb.stream-record-in-kinesis", "dynamodb.stream-tumbling-window", "dynamodb.stream-tumbling-window.result", "ec2.eventbridge-instance-state-change", "ecr.eventbridge-image-action", "ecr.eventbridge-image-scan", "ecs.eventbridge-container-instance-state-change", "emr.eventbridge-auto-scaling-policy-state-change", "emr.eventbridge-cluster-state-change", "emr.eventbridge-instance-group-state-change", "emr.eventbridge-step-status-change", "eventbridge.event", "eventbridge.scheduled", "firehose.transformation", "firehose.transformation.result", "gamelift.eventbridge-accept-match", "gamelift.eventbridge-accept-match-completed", "gamelift.eventbridge-matchmaking-cancelled", "gamelift.eventbridge-matchmaking-failed", "gamelift.eventbridge-matchmaking-searching", "gamelift.eventbridge-matchmaking-succeeded", "gamelift.eventbridge-matchmaking-timed-out", "gamelift.eventbridge-potential-match-created", "glue.eventbridge-crawler-failed", "glue.eventbridge-crawler-started", "glue.eventbridge-crawler-succeeded", "glue.eventbridge-data-catalog-database-state-change", "glue.eventbridge-data-catalog-table-state-change", "glue.eventbridge-job-run-state-change", "glue.eventbridge-job-run-status", "guardduty.eventbridge-malware-protection-object-scan-result", "health.eventbridge-event", "iot.button", "iot.custom-authorizer", "iot.custom-authorizer.result", "iot.one-click", "iot.preprovisioning-hook", "iot.preprovisioning-hook.result", "iot.registry-thing-event", "iot.registry-thing-group-event", "iot.registry-thing-group-hierarchy-event", "iot.registry-thing-group-membership-event", "iot.registry-thing-type-association-event", "iot.registry-thing-type-event", "iot.rule-action", "kafka.msk", "kafka.self-managed", "kinesis-analytics.output-delivery", "kinesis-analytics.output-delivery.result", "kinesis-analytics.preprocessing", "kinesis-analytics.preprocessing.result", "kinesis.stream-batch", "kinesis.stream-batch.result", "kinesis.stream-tumbling-window", "kinesis.stream-tumbling-window.result", "kms.eventbridge-cmk-event", "lambda.destination-record", "lambda.function-url", "lambda.function-url-streaming.result", "lambda.function-url.result", "lex.v1", "lex.v1.result", "lex.v2", "lex.v2.result", "macie.eventbridge-alert-updated", "macie.eventbridge-bucket-contains-high-risk-object-alert", "macie.eventbridge-bucket-scan-alert", "macie.eventbridge-bucket-writable-alert", "mq.activemq", "mq.rabbitmq", "opsworks.eventbridge-alert", "opsworks.eventbridge-command-state-change", "opsworks.eventbridge-deployment-state-change", "opsworks.eventbridge-instance-state-change", "s3.batch-v1", "s3.batch-v1.result", "s3.batch-v2", "s3.batch-v2.result", "s3.eventbridge-object-access-tier-changed", "s3.eventbridge-object-acl-updated", "s3.eventbridge-object-created", "s3.eventbridge-object-deleted", "s3.eventbridge-object-restore-completed", "s3.eventbridge-object-restore-expired", "s3.eventbridge-object-restore-initiated", "s3.eventbridge-object-storage-class-changed", "s3.eventbridge-object-tags-added", "s3.eventbridge-object-tags-deleted", "s3.notification", "s3.notification-in-sqs", "s3.object-lambda", "s3.object-lambda.result", "s3.test-event", "sagemaker.ground-truth-annotation-consolidation", "sagemaker.ground-truth-annotation-consolidation.result", "sagemaker.ground-truth-pre-human-task", "sagemaker.ground-truth-pre-human-task.result", "secretsmanager.rotation", "ses.receipt", "ses.receipt.result", "signin.eventbridge-console-sign-in", "sms.eventbridge-job-state-change", "sns.notification", "sns.notification-in-sqs", "sqs.batch", "sqs.batch.result", "sqs.message-in-firehose", "ssm.eventbridge-calendar-state-change", "ssm.eventbridge-configuration-compliance-state-change", "ssm.eventbridge-ec2-automation-execution-status-change", "ssm.eventbridge-ec2-automation-step-status-change", "ssm.eventbridge-ec2-command-invocation-status-change", "ssm.eventbridge-ec2-command-status-change", "ssm.eventbridge-ec2-state-manager-association-state-change", "ssm.eventbridge-ec2-state-manager-instance-association-state-change", "ssm.eventbridge-maintenance-window-execution-state-change", "ssm.eventbridge-maintenance-window-state-change", "ssm.eventbridge-maintenance-window-target-registration", "ssm.eventbridge-maintenance-window-task-execution-state-change", "ssm.eventbridge-maintenance-window-task-target-invocation-state-change", "ssm.eventbridge-parameter-store-state-change", "stepfunctions.eventbridge-execution-status-change", "tag.eventbridge-tag-change-on-resource", "transfer.identity-provider", "transfer.identity-provider.result", "trustedadvisor.eventbridge-check-item-refresh-notification", "vpc-lattice.request-v1", "vpc-lattice.request-v1.result", "vpc-lattice.request-v2", "vpc-lattice.request-v2.result", "workmail.message-flow", "workmail.message-flow.result"]);

// generator/runtime/detect.ts
var interpreter;
var detect = DETECT;
var explain = (event, limit) => (interpreter ??= createDetector(RULES)).explain(event, limit);
export {
  detect,
  explain
};
