/**
 * Placeholder for the precompiled sample templates. When the codegen bundles `sample.ts` it
 * replaces this module with every `*.sample.hbs` of schemas/, precompiled, and the SAM table
 * (codegen stage `samples`).
 */
import type { SampleHeader } from './sample-spec.ts';

/** [id, { header, spec }] where spec is a handlebars precompiled template. */
export const SPECS: [string, { header: SampleHeader; spec: unknown }][] = [];
/** SAM CLI's `generate-event <service> <event>` pairs, by "service event": the id and the parameters that event fixes. */
export const SAM_EVENTS: Record<string, { id: string; set: Record<string, unknown> }> = {};
