// A form post's body, read once: urlencoded from a page without scripts, JSON from scripts.
import { ApiError } from '../../../lib/errors.ts'

export const MAX_FORM_BYTES = 16 * 1024

/** Every posted name with its values in order (a multi-select repeats its name). */
export type PostedValues = Record<string, string[]>

export interface PostedBody {
  /** One value per name, the last one winning, as the built-in form has always read it. */
  raw: Record<string, unknown>
  values: PostedValues
  /** Names whose JSON value was an object or a nested array: not something a form sends. */
  malformed: string[]
}

function fromJson(raw: Record<string, unknown>): Pick<PostedBody, 'values' | 'malformed'> {
  const values: PostedValues = {}
  const malformed: string[] = []
  const text = (v: unknown) =>
    typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : null
  for (const [name, value] of Object.entries(raw)) {
    if (value === null) continue
    const list = Array.isArray(value) ? value.map(text) : [text(value)]
    if (list.some((v) => v === null)) malformed.push(name)
    else values[name] = list as string[]
  }
  return { values, malformed }
}

export async function readBody(request: Request): Promise<PostedBody> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  const text = await request.text()
  if (new TextEncoder().encode(text).byteLength > MAX_FORM_BYTES) {
    throw new ApiError('PAYLOAD_TOO_LARGE', `A form submission may be at most ${MAX_FORM_BYTES / 1024} KB`)
  }
  if (type === 'application/x-www-form-urlencoded') {
    const params = new URLSearchParams(text)
    const values: PostedValues = {}
    for (const name of new Set(params.keys())) values[name] = params.getAll(name)
    return { raw: Object.fromEntries(params), values, malformed: [] }
  }
  if (type === 'application/json') {
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      parsed = null
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new ApiError('BAD_REQUEST', 'The body is not a JSON object')
    const raw = parsed as Record<string, unknown>
    return { raw, ...fromJson(raw) }
  }
  throw new ApiError(
    'UNSUPPORTED_MEDIA_TYPE',
    'Send the form as application/x-www-form-urlencoded or application/json',
  )
}

/** The one value of a name, trimmed; empty counts as absent, as a person would mean it. */
export function single(values: PostedValues, name: string): string | undefined {
  const value = values[name]?.at(-1)?.trim()
  return value ? value : undefined
}
