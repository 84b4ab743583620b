/** A renderer chosen by data, so worker threads render exactly as the main thread does. */
import type { Outcome } from '../pipeline.ts';
import { humanOutcome } from './human.ts';
import { jsonOutcome } from './json.ts';
import { humanDetect } from './detect.ts';

export interface RendererSpec {
  command: 'validate' | 'detect';
  format: 'human' | 'json';
  color: boolean;
}

export function rendererFor(spec: RendererSpec): (o: Outcome) => string {
  if (spec.format === 'json') return jsonOutcome;
  if (spec.command === 'detect') return (o) => humanDetect(o, spec.color);
  return (o) => humanOutcome(o, spec.color);
}
