/** Every failure an adapter reports, with a stable `code` the elements localize. */
export const ERROR_CODES = [
  'network',
  'timeout',
  'invalid-response',
  'validation',
  'conflict',
  'limit-reached',
  'unauthorized',
  'forbidden',
  'not-found',
  'rate-limited',
  'server',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Why one field was refused. `code` is localized by the elements (`validation.<code>`);
 * `message` is the backend's own wording, shown only for codes the elements do not know.
 */
export interface FieldError {
  code: string;
  message?: string;
  /** Values the localized message needs, e.g. `{ max: 100 }`. */
  params?: Record<string, string | number>;
}

export interface PlugboardErrorOptions {
  /** Per-field reasons, for `validation` and `conflict` (a name already taken). */
  fieldErrors?: Record<string, FieldError>;
  /** Seconds to wait before retrying, for `rate-limited`. */
  retryAfter?: number;
  /** The HTTP status behind the error, when there was one. */
  status?: number;
  /** The limit that was reached, for `limit-reached`. */
  limit?: number;
  cause?: unknown;
}

/** The one error type adapters throw. Its message is for developers; users see `code` localized. */
export class PlugboardError extends Error {
  override readonly name = 'PlugboardError';
  readonly code: ErrorCode;
  readonly fieldErrors: Record<string, FieldError>;
  readonly retryAfter: number | undefined;
  readonly status: number | undefined;
  readonly limit: number | undefined;

  constructor(code: ErrorCode, message: string, options: PlugboardErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.fieldErrors = options.fieldErrors ?? {};
    this.retryAfter = options.retryAfter;
    this.status = options.status;
    this.limit = options.limit;
  }
}

/** The HTTP status a backend of `docs/openapi.yaml` answers each failure with. */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  network: 502,
  timeout: 504,
  'invalid-response': 502,
  validation: 422,
  conflict: 409,
  'limit-reached': 409,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  'rate-limited': 429,
  server: 500,
};

/** The contract's error body for a failure (`Error` in `docs/openapi.yaml`). */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  fieldErrors?: Record<string, FieldError>;
  limit?: number;
}

export function errorBody(error: PlugboardError): ErrorBody {
  return {
    code: error.code,
    message: error.message,
    ...(Object.keys(error.fieldErrors).length > 0 ? { fieldErrors: error.fieldErrors } : {}),
    ...(error.limit !== undefined ? { limit: error.limit } : {}),
  };
}

export function isPlugboardError(value: unknown): value is PlugboardError {
  return value instanceof PlugboardError;
}

/**
 * Anything thrown, as a `PlugboardError`. Unreadable data (a `SyntaxError` from parsing
 * JSON, a `RangeError` from data too deep or too large) is an `invalid-response`; anything
 * else, such as `fetch`'s `TypeError`, is `network`. The message is never built from the
 * thrown value itself, which may be huge, cyclic or deeply nested.
 */
export function toPlugboardError(value: unknown): PlugboardError {
  if (value instanceof PlugboardError) return value;
  const unreadable = value instanceof SyntaxError || value instanceof RangeError;
  const message = value instanceof Error ? value.message.slice(0, 500) : `A value that is not an Error was thrown (${typeof value}).`;
  return new PlugboardError(unreadable ? 'invalid-response' : 'network', message, { cause: value });
}

/** True for the rejection of a call whose `AbortSignal` fired; elements ignore those. */
export function isAbortError(value: unknown): boolean {
  return value instanceof DOMException && value.name === 'AbortError';
}

/** A `validation` error from per-field reasons. */
export function validationError(fieldErrors: Record<string, FieldError>, message = 'Some values were refused.'): PlugboardError {
  return new PlugboardError('validation', message, { status: 422, fieldErrors });
}

/** Per-field reasons from a schema's issues, keyed by the dotted path of each value. */
export function fieldErrorsOf(error: { issues: readonly { path: readonly PropertyKey[]; code: string }[] }): Record<string, FieldError> {
  const fieldErrors: Record<string, FieldError> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    fieldErrors[path] ??= { code: issue.code === 'too_big' ? 'too-long' : issue.code === 'too_small' ? 'required' : 'invalid' };
  }
  return fieldErrors;
}
