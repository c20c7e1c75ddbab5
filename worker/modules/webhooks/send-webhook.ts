/**
 * One attempt at one delivery: a signed POST of the stored event to the endpoint, bounded in
 * time and in what we read back. Nothing here throws for the receiver's sake: every way an
 * attempt can go (an answer, a timeout, a refused address, a redirect) is an outcome for the
 * delivery log. Neither the secret nor the payload is ever logged.
 */
import type { Ctx } from '../../context.ts'
import { checkEndpointUrl } from './endpoint-url.ts'
import { signWebhook } from './signing.ts'
import type { WebhookEvent } from './webhook-event.ts'

export const TIMEOUT_MS = 10_000
export const EXCERPT_BYTES = 1024
export const USER_AGENT = 'Vitrine-Webhooks/1'

export interface AttemptOutcome {
  ok: boolean
  /** False when trying again cannot help (the address is refused, the secret is unreadable). */
  retryable: boolean
  status: number | null
  /** The first 1 KB of the answer, or why there was none. */
  excerpt: string | null
  durationMs: number
}

const refused = (why: string): AttemptOutcome => ({
  ok: false,
  retryable: false,
  status: null,
  excerpt: why,
  durationMs: 0,
})

/** At most `EXCERPT_BYTES` of the body; the rest is never downloaded. */
async function readExcerpt(response: Response): Promise<string> {
  if (!response.body) return ''
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    while (size < EXCERPT_BYTES) {
      const { done, value } = await reader.read()
      if (done) break
      chunks.push(value)
      size += value.byteLength
    }
  } finally {
    await reader.cancel().catch(() => undefined)
  }
  const bytes = new Uint8Array(Math.min(size, EXCERPT_BYTES))
  let at = 0
  for (const chunk of chunks) {
    const part = chunk.subarray(0, bytes.length - at)
    bytes.set(part, at)
    at += part.length
  }
  return new TextDecoder().decode(bytes)
}

function failureText(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return `No answer within ${TIMEOUT_MS / 1000} s`
  return `Could not connect: ${error instanceof Error ? error.message : String(error)}`.slice(
    0,
    EXCERPT_BYTES,
  )
}

export async function sendWebhook(
  ctx: Ctx,
  endpoint: { url: string },
  secret: string | null,
  event: WebhookEvent,
): Promise<AttemptOutcome> {
  const target = checkEndpointUrl(ctx.config, endpoint.url)
  if (!target.ok) return refused(`Not sent: ${target.reason}`)
  if (!secret) return refused('Not sent: the signing secret cannot be read; rotate it')
  const body = JSON.stringify(event)
  const timestamp = Math.floor(ctx.now().getTime() / 1000)
  const started = Date.now()
  try {
    const response = await fetch(target.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': USER_AGENT,
        'webhook-id': event.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': await signWebhook(secret, event.id, timestamp, body),
        'x-vitrine-event': event.type,
      },
      body,
      // A redirect is not followed: it could lead to an address we would refuse.
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    const excerpt = await readExcerpt(response)
    const redirect = response.status >= 300 && response.status < 400
    return {
      ok: response.status >= 200 && response.status < 300,
      retryable: true,
      status: response.status,
      excerpt: redirect
        ? `Redirected to ${response.headers.get('location') ?? 'another address'}: webhooks do not follow redirects, save the final address instead`.slice(
            0,
            EXCERPT_BYTES,
          )
        : excerpt,
      durationMs: Date.now() - started,
    }
  } catch (error) {
    return {
      ok: false,
      retryable: true,
      status: null,
      excerpt: failureText(error),
      durationMs: Date.now() - started,
    }
  }
}
