/**
 * Placeholder for the compiled detector. When the codegen bundles `detect.js` it replaces this
 * module with straight-line code generated from the registry's rules (generator/codegen/detection.ts).
 */

/** The id whose rule matches an event with the most conditions (the first in the registry on a tie), or null. */
export const DETECT: (event: unknown) => string | null = () => null;
