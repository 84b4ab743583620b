/**
 * defineHandler: type a Lambda handler from a registry id and, optionally, validate the event
 * it receives (and the result it returns) with precompiled validators passed in, so a bundle
 * holds only the validators it uses. Shipped in the generated package as `handler.js`.
 */
interface ValidationErrorLike {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
type ValidatorLike = ((value: unknown) => boolean) & { errors?: ValidationErrorLike[] | null };

/** Thrown by a handler from defineHandler when the event (or the result) does not validate. */
export class EventValidationError extends Error {
  readonly id: string;
  readonly errors: ValidationErrorLike[];
  readonly target: 'event' | 'result';
  constructor(id: string, target: 'event' | 'result', errors: ValidationErrorLike[]) {
    const first = errors[0];
    super(`${target === 'event' ? 'event' : 'handler result'} is not a valid ${id}${first ? `: ${first.instancePath || '/'} ${first.message ?? first.keyword}` : ''}`);
    this.name = 'EventValidationError';
    this.id = id;
    this.target = target;
    this.errors = errors;
  }
}

export interface DefineHandlerOptions {
  validate?: ValidatorLike;
  validateResult?: ValidatorLike;
}

export function defineHandler<H extends (event: never, context: never, ...rest: never[]) => unknown>(id: string, handler: H, options: DefineHandlerOptions = {}): H {
  const { validate, validateResult } = options;
  if (!validate && !validateResult) return handler;
  const wrapped = async (event: unknown, context: unknown, ...rest: unknown[]) => {
    if (validate && !validate(event)) throw new EventValidationError(id, 'event', validate.errors ?? []);
    const result = await (handler as unknown as (...a: unknown[]) => unknown)(event, context, ...rest);
    if (validateResult && result !== undefined && !validateResult(result)) throw new EventValidationError(id, 'result', validateResult.errors ?? []);
    return result;
  };
  return wrapped as unknown as H;
}
