/** Same-origin JSON fetch wrapper; every non-2xx response becomes an `ApiProblem`. */

export interface ProblemFieldError {
  path: string
  message: string
}

export interface ProblemDetails {
  type: string
  title: string
  status: number
  detail?: string
  code?: string
  requestId?: string
  errors?: ProblemFieldError[]
}

export class ApiProblem extends Error {
  readonly problem: ProblemDetails

  constructor(problem: ProblemDetails) {
    super(problem.detail || problem.title)
    this.name = 'ApiProblem'
    this.problem = problem
  }

  get status(): number {
    return this.problem.status
  }

  /** The message for one field, matched on the last segment of the error path. */
  fieldError(field: string): string | undefined {
    return this.problem.errors?.find((e) => e.path.split(/[./]/).pop() === field)?.message
  }
}

export const isUnauthorized = (error: unknown): boolean => error instanceof ApiProblem && error.status === 401

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  body?: unknown
  signal?: AbortSignal
}

// Requests whose 401 means "wrong credentials", not "the access token expired": sending
// credentials is how one signs in, so refreshing first would be pointless.
const SENDS_CREDENTIALS =
  /^\/api\/v1\/(auth\/(sessions(\/mfa)?|refresh|signup|passkeys\/authenticate|qr-logins\/[^/]+\/complete)|invitations\/accept)$/
let refreshing: Promise<boolean> | null = null

/**
 * Access cookies live fifteen minutes. On a 401 the client swaps its refresh cookie for new
 * tokens once (shared by every request that failed meanwhile) and retries.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= fetch('/api/v1/auth/refresh', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    credentials: 'same-origin',
    body: '{}',
  })
    .then((res) => res.ok)
    .catch(() => false)
    .finally(() => {
      refreshing = null
    })
  return refreshing
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await apiResponse(path, options)
  if (response.status === 204) return undefined as T
  return (await response.json()) as T
}

/**
 * The same request, answered as the raw response for a body that is not JSON (a rendered file):
 * one refresh after an expired session, and a refusal thrown as the server's problem.
 */
export async function apiResponse(path: string, options: RequestOptions = {}): Promise<Response> {
  let response = await send(path, options)
  const signingIn = options.method === 'POST' && SENDS_CREDENTIALS.test(path.split('?')[0] ?? '')
  if (response.status === 401 && !signingIn && (await refreshSession())) {
    response = await send(path, options)
  }
  if (!response.ok) throw new ApiProblem(await readProblem(response))
  return response
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' }
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  try {
    return await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new ApiProblem({
      type: 'about:blank',
      title: 'Network error',
      status: 0,
      detail: 'Could not reach Vitrine. Check your connection and try again.',
    })
  }
}

async function readProblem(response: Response): Promise<ProblemDetails> {
  const fallback: ProblemDetails = {
    type: 'about:blank',
    title: response.statusText || 'Request failed',
    status: response.status,
    detail: `The server answered with status ${response.status}.`,
  }
  const type = response.headers.get('content-type') ?? ''
  if (!type.includes('json')) return fallback
  try {
    const body: unknown = await response.json()
    if (typeof body !== 'object' || body === null) return fallback
    const b = body as Partial<ProblemDetails>
    return {
      type: typeof b.type === 'string' ? b.type : fallback.type,
      title: typeof b.title === 'string' ? b.title : fallback.title,
      status: typeof b.status === 'number' ? b.status : response.status,
      detail: typeof b.detail === 'string' ? b.detail : fallback.detail,
      code: typeof b.code === 'string' ? b.code : undefined,
      requestId: typeof b.requestId === 'string' ? b.requestId : undefined,
      errors: Array.isArray(b.errors) ? b.errors.filter(isFieldError) : undefined,
    }
  } catch {
    return fallback
  }
}

function isFieldError(value: unknown): value is ProblemFieldError {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return typeof v.path === 'string' && typeof v.message === 'string'
}
