/**
 * Property test of the samples (fixed seed; slow: every id, 10 random parameter sets each, FUZZ_RUNS for more): any
 * value a parameter's spec allows renders JSON that validates against the id, and the boolean checks
 * compiled in front of the strict and the shape validator (check-code.ts) accept it too, as ajv does.
 */
import { suite } from 'uvu';
import fc from 'fast-check';
import { sampleModule } from '../support/samples.ts';
import { describeErrors, standaloneValidator } from '../support/validators.ts';
import { checkFunction, validatorSchemas } from '../support/check.ts';

const SEED = 20261127;

function arbitrary(p: { type: string; pattern?: string; enum?: unknown[]; format?: string; minimum?: number; maximum?: number }): fc.Arbitrary<unknown> | null {
  if (p.enum) return fc.constantFrom(...p.enum);
  if (p.format === 'date-time')
    return fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString());
  switch (p.type) {
    case 'string':
      return p.pattern
        ? fc.stringMatching(new RegExp(`^(?:${p.pattern})$`))
        : fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('', ' ', '"', '\\', '</script>', '{{x}}', '\u0000', '😀 ü', '{"a":1}', 'a\nb'));
    case 'integer':
      return fc.integer({ min: p.minimum ?? -(2 ** 31), max: p.maximum ?? 2 ** 31 });
    case 'number':
      return fc.double({ min: p.minimum ?? -1e9, max: p.maximum ?? 1e9, noNaN: true });
    case 'boolean':
      return fc.boolean();
    default:
      return null;
  }
}

const Samples = suite('samples: property over every parameter');

Samples('random parameter values still render valid JSON that validates (property, fixed seed)', async () => {
  const m = await sampleModule();
  for (const id of m.sampleIds) {
    const params = m.sampleParameters(id);
    const arbs: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [name, p] of Object.entries(params)) {
      const a = arbitrary(p);
      if (a) arbs[name] = a;
    }
    if (Object.keys(arbs).length === 0) continue;
    const v = await standaloneValidator(id);
    const schemas = await validatorSchemas(id);
    const strict = checkFunction(schemas.strict);
    const shape = checkFunction(schemas.shape);
    fc.assert(
      fc.property(fc.record(arbs, { requiredKeys: [] }), (overrides) => {
        const value = m.sample(id, overrides as Record<string, unknown>);
        if (!v(value)) throw new Error(`${id} with ${JSON.stringify(overrides)}: ${describeErrors(v)}`);
        // ajv accepts it (the generated validator falls back to ajv's answer): so must the compiled checks.
        if (!strict(value) || !shape(value)) throw new Error(`${id} with ${JSON.stringify(overrides)}: a compiled check disagrees with ajv`);
      }),
      // FUZZ_RUNS raises it for a longer run (as for robustness); 10 per id, for every id, by default.
      { seed: SEED, numRuns: Number(process.env.FUZZ_RUNS ?? 10) },
    );
  }
});

Samples.run();
