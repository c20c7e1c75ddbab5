import { z } from '@hono/zod-openapi'

/** The closed set of error codes the API answers with; tests assert on these. */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  GONE: 410,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE: 422,
  LIMIT_EXCEEDED: 402,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  // An upstream API we depend on (Cloudflare) answered with an error.
  BAD_GATEWAY: 502,
  UNAVAILABLE: 503,
} as const

export type ErrorCode = keyof typeof ERROR_STATUS

export interface FieldIssue {
  path: string
  message: string
}

/**
 * The one error type services throw. `onError` renders it as RFC 9457 problem+json.
 * @example throw new ApiError('NOT_FOUND', 'Site site_01J… not found')
 */
export class ApiError extends Error {
  readonly status: number
  readonly code: ErrorCode
  readonly extra: { errors?: FieldIssue[]; headers?: Record<string, string> }
  constructor(
    code: ErrorCode,
    message: string,
    extra: { errors?: FieldIssue[]; headers?: Record<string, string> } = {},
  ) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.extra = extra
    this.status = ERROR_STATUS[code]
  }
}

export const Problem = z
  .object({
    type: z.string().openapi({ example: 'https://vitrine.dev/problems/not-found' }),
    title: z.string().openapi({ example: 'Not found' }),
    status: z.number().int().openapi({ example: 404 }),
    detail: z.string().openapi({ example: 'Site site_01J… not found' }),
    code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
    requestId: z.string().openapi({ example: 'req_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem')
export type Problem = z.infer<typeof Problem>

const titleOf = (code: ErrorCode) =>
  code
    .toLowerCase()
    .split('_')
    .map((w, i) => (i === 0 ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join(' ')

/** Builds the problem+json body; the one place its shape is decided. */
export function toProblem(error: ApiError, requestId: string): Problem {
  return {
    type: `https://vitrine.dev/problems/${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: titleOf(error.code),
    status: error.status,
    detail: error.message,
    code: error.code,
    requestId,
    ...(error.extra.errors ? { errors: error.extra.errors } : {}),
  }
}

export function problemResponse(error: ApiError, requestId: string): Response {
  return new Response(JSON.stringify(toProblem(error, requestId)), {
    status: error.status,
    headers: { 'content-type': 'application/problem+json', ...error.extra.headers },
  })
}

/** zod issues → the field list a client can show next to its inputs. */
export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.join('.') || '(body)',
    message: issue.message,
  }))
}
