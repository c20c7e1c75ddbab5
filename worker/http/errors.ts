import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { AppEnv } from '../env.ts'
import { ApiError, type ErrorCode, problemResponse } from '../lib/errors.ts'

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
}

/** Any thrown error → the ApiError it means; unknown errors become a generic 500. */
export function toApiError(error: unknown): ApiError | null {
  if (error instanceof ApiError) return error
  if (error instanceof HTTPException) {
    const code = CODE_BY_STATUS[error.status] ?? 'BAD_REQUEST'
    return new ApiError(code, error.message || 'The request could not be processed')
  }
  return null
}

/** `onError` for every surface: problem+json, with unknown errors logged whole and hidden. */
export function handleError(error: Error, c: Context<AppEnv>): Response {
  const requestId = c.get('requestId') ?? 'unknown'
  const known = toApiError(error)
  if (known) {
    if (known.status >= 500) c.get('log')?.error('request failed', { error, code: known.code })
    return problemResponse(known, requestId)
  }
  c.get('log')?.error('unhandled error', { error })
  return problemResponse(
    new ApiError('INTERNAL', 'Something went wrong on our side; it has been logged'),
    requestId,
  )
}
