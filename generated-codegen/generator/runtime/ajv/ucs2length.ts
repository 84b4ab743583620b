/** ESM stand-in for ajv/dist/runtime/ucs2length: string length in code points, as JSON Schema counts it. */
export default function ucs2length(str: string): number {
  let length = 0;
  for (let pos = 0; pos < str.length; pos++) {
    length++;
    const code = str.charCodeAt(pos);
    if (code >= 0xd800 && code <= 0xdbff && pos + 1 < str.length && (str.charCodeAt(pos + 1) & 0xfc00) === 0xdc00) pos++;
  }
  return length;
}
