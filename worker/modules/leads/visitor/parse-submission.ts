import { ApiError, issuesOf } from '../../../lib/errors.ts'
import { LeadSubmission } from '../leads.schemas.ts'

export const MAX_FORM_BYTES = 16 * 1024

/**
 * Reads a form post (urlencoded from the no-JS page, or JSON from scripts) into a validated
 * submission. Empty inputs count as absent, as a person would mean them.
 */
export async function parseSubmission(request: Request): Promise<LeadSubmission> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  const text = await request.text()
  if (new TextEncoder().encode(text).byteLength > MAX_FORM_BYTES) {
    throw new ApiError('PAYLOAD_TOO_LARGE', `A form submission may be at most ${MAX_FORM_BYTES / 1024} KB`)
  }
  let raw: Record<string, unknown>
  if (type === 'application/x-www-form-urlencoded') {
    raw = Object.fromEntries(new URLSearchParams(text))
  } else if (type === 'application/json') {
    try {
      const parsed: unknown = JSON.parse(text)
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new Error('not an object')
      raw = parsed as Record<string, unknown>
    } catch {
      throw new ApiError('BAD_REQUEST', 'The body is not a JSON object')
    }
  } else {
    throw new ApiError(
      'UNSUPPORTED_MEDIA_TYPE',
      'Send the form as application/x-www-form-urlencoded or application/json',
    )
  }
  const present = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== '' && v !== null))
  const result = LeadSubmission.safeParse(present)
  if (!result.success) {
    throw new ApiError('BAD_REQUEST', 'Please check the highlighted fields', {
      errors: issuesOf(result.error),
    })
  }
  return result.data
}
