/**
 * The Standard Webhooks signature (standardwebhooks.com), so receivers can verify us with any of
 * its libraries: the secret is `whsec_` + base64 of 32 random bytes, the HMAC key is those bytes,
 * and `webhook-signature` is `v1,` + base64(HMAC-SHA256(key, "<webhook-id>.<webhook-timestamp>.<body>")).
 * The id and timestamp are signed with the body, so a captured request cannot be replayed later
 * or under another id. docs/leads.md shows a receiver's check.
 */
import { fromBase64, hmacSha256Base64, toBase64 } from '../../lib/hmac.ts'

export const SECRET_PREFIX = 'whsec_'

/** A new signing secret: 256 random bits, never chosen by a person. */
export const generateWebhookSecret = () =>
  `${SECRET_PREFIX}${toBase64(crypto.getRandomValues(new Uint8Array(32)))}`

/** `v1,<base64>` for one message. */
export async function signWebhook(
  secret: string,
  webhookId: string,
  timestamp: number,
  body: string,
): Promise<string> {
  const key = fromBase64(secret.slice(SECRET_PREFIX.length))
  return `v1,${await hmacSha256Base64(key, `${webhookId}.${timestamp}.${body}`)}`
}
