// What the outside-API fakes share: reading a control's JSON body, signing a body the way the
// platform does, and failures queued for the next API call.
import { createHmac } from 'node:crypto'

/** The body as a JSON object (an empty body is `{}`), or null when it is not one. */
export function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text || '{}')
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}

export const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0

/** Hex HMAC-SHA256 of `text` (UTF-8) under `secret`, as Meta and LinkedIn sign. */
export const hmacHex = (secret: string, text: string) =>
  createHmac('sha256', secret).update(text, 'utf8').digest('hex')

/** The text a `sign` control signs: a string body as it is, anything else serialised. */
export const bodyText = (body: unknown) => (typeof body === 'string' ? body : JSON.stringify(body))

/** Takes the first queued failure meant for this id (or for any call), if there is one. */
export function takeFailure<F extends { id?: string }>(failures: F[], id: string | null): F | undefined {
  const index = failures.findIndex((f) => f.id === undefined || f.id === id)
  return index < 0 ? undefined : failures.splice(index, 1)[0]
}
