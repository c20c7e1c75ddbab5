import { z } from 'zod'

/**
 * The messages of a QR sign-in's channel, parsed on both sides. The desktop only listens: it
 * hears where the login stands when it connects and again the moment the phone decides.
 * It may ping to keep the socket open through idle-timeout proxies.
 */
export const LoginServerMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('waiting'), expiresAt: z.string() }),
  z.object({ type: z.literal('approved') }),
  z.object({ type: z.literal('denied') }),
  z.object({ type: z.literal('expired') }),
  z.object({ type: z.literal('consumed') }),
  z.object({ type: z.literal('pong'), at: z.number() }),
])
export type LoginServerMessage = z.infer<typeof LoginServerMessage>

export const LoginClientMessage = z.discriminatedUnion('type', [z.object({ type: z.literal('ping') })])
export type LoginClientMessage = z.infer<typeof LoginClientMessage>

/** Why the channel refused a WebSocket, sent back to the Worker as JSON with the status. */
export const SocketRefusal = z.object({
  reason: z.enum([
    'not_found',
    'wrong_browser',
    'already_decided',
    'not_approved',
    'denied',
    'consumed',
    'expired',
  ]),
})

/** The Worker passes the hash of the browser's cookie secret in this header on the socket upgrade. */
export const BROWSER_HASH_HEADER = 'x-vitrine-browser'
