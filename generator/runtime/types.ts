/**
 * Placeholder for the payload types. The package's `types.d.ts` is generated from schemas/ by
 * json-schema-to-typescript (codegen stage `types`).
 */
export {};
