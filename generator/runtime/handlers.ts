/**
 * Placeholder for the per-id handler types (`SqsBatchHandler`, ...). The package's `handlers.d.ts`
 * is generated from schemas/ (codegen stage `package`).
 */
export {};
