/** JSON Pointer (RFC 6901) token escaping, shared by detection, drift, nested payloads and Standard Schema paths. */
export const escapeToken = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');
export const unescapeToken = (s: string): string => s.replace(/~1/g, '/').replace(/~0/g, '~');
/** The unescaped tokens of a pointer ("" -> []). */
export const tokens = (pointer: string): string[] => pointer.split('/').slice(1).map(unescapeToken);
