/**
 * Which registry ids are one AWS service's detail types on the shared EventBridge envelope, read
 * from the schema's shape (schemas/README.md): `allOf: [envelope, { properties: { detail-type,
 * source, detail: { $ref } } }]` with `detail-type` a `const` (or an `enum`), `source` a `const` (or
 * any string). The types stage declares such an id as `EventBridgeEvent<detail-type, Detail,
 * source>`; the package stage maps detail types to details.
 */
import type { JsonObject, RegistryEntry } from './model.ts';

export interface EventBridgeShape {
  detailTypes: string[];
  /** null when any source may send it (CloudTrail API calls). */
  source: string | null;
  /** The definition name of `detail`. */
  detail: string;
}

const ENVELOPE = /#\/\$defs\/EventBridgeEnvelope$/;
const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

const literals = (node: unknown): string[] | null => {
  if (!isObject(node)) return null;
  if (typeof node.const === 'string') return [node.const];
  if (Array.isArray(node.enum) && node.enum.every((v) => typeof v === 'string')) return node.enum as string[];
  return null;
};

export function eventBridgeShape(entry: RegistryEntry): EventBridgeShape | null {
  const allOf = entry.schema.allOf;
  if (entry.kind !== 'event' || !Array.isArray(allOf) || allOf.length !== 2) return null;
  const [envelope, own] = allOf;
  if (!isObject(envelope) || typeof envelope.$ref !== 'string' || !ENVELOPE.test(envelope.$ref) || !isObject(own) || !isObject(own.properties)) return null;
  const props = own.properties;
  const detailTypes = literals(props['detail-type']);
  const source = literals(props.source);
  const detail = isObject(props.detail) && typeof props.detail.$ref === 'string' ? /#\/\$defs\/(\w+)$/.exec(props.detail.$ref)?.[1] : undefined;
  if (!detailTypes || !detail || (source !== null && source.length !== 1)) return null;
  return { detailTypes, source: source?.[0] ?? null, detail };
}

/** `EventBridgeEvent<'EC2 Instance State-change Notification', Ec2InstanceStateChangeDetail, 'aws.ec2'>`. */
export function eventBridgeType(shape: EventBridgeShape): string {
  const union = (values: string[]) => values.map((v) => JSON.stringify(v).replace(/^"|"$/g, "'")).join(' | ');
  return `EventBridgeEvent<${union(shape.detailTypes)}, ${shape.detail}, ${shape.source === null ? 'string' : union([shape.source])}>`;
}
