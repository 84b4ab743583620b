/** The subset of JSON Patch (RFC 6902) the invalid-case fixtures use: add, remove, replace. */
export type PatchOp = { op: 'add' | 'replace'; path: string; value: unknown } | { op: 'remove'; path: string };

export function applyPatch<T>(doc: T, ops: PatchOp[]): T {
  const out = structuredClone(doc) as unknown;
  for (const op of ops) {
    const segments = op.path.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = segments.pop();
    if (last === undefined) throw new Error(`cannot patch the root: ${op.path}`);
    let parent = out as Record<string, unknown>;
    for (const s of segments) parent = parent[s] as Record<string, unknown>;
    if (parent === undefined || parent === null) throw new Error(`no parent for ${op.path}`);
    if (op.op === 'remove') {
      if (!(last in parent)) throw new Error(`nothing to remove at ${op.path}`);
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else {
      if (op.op === 'replace' && !(last in parent)) throw new Error(`nothing to replace at ${op.path}`);
      parent[last] = op.value;
    }
  }
  return out as T;
}
