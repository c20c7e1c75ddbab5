// Collection tests drive the real Worker under bindings whose `events` queue records what is
// sent, and wait for its background work (waitUntil), so every count is exact.
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import worker from '../../../worker/index.ts'
import type { AnalyticsEvent, AnalyticsReject } from '../../../worker/modules/analytics/index.ts'

export const UA = {
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  googlebot: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  whatsapp: 'WhatsApp/2.23.20.0 A',
} as const

export const IP = '203.0.113.9'

const isEvent = (body: unknown): body is AnalyticsEvent => (body as AnalyticsEvent)?.type === 'analytics'
const isReject = (body: unknown): body is AnalyticsReject =>
  (body as AnalyticsReject)?.type === 'analytics.reject'

/** Bindings whose `events` queue keeps what is sent; with `failing`, every send rejects. */
export function recordingEvents(options: { failing?: boolean; base?: Env } = {}) {
  const sent: unknown[] = []
  const send = async (body: unknown) => {
    if (options.failing) throw new Error('queue down')
    sent.push(body)
  }
  const queue = {
    send,
    sendBatch: async (messages: { body: unknown }[]) => {
      for (const message of messages) await send(message.body)
    },
  }
  return {
    sent,
    events: () => sent.filter(isEvent),
    rejects: () => sent.filter(isReject),
    bindings: { ...(options.base ?? env), EVENTS_QUEUE: queue } as unknown as Env,
  }
}

export interface VisitInit extends RequestInit {
  userAgent?: string
  cf?: Record<string, string>
}

/** One request to the Worker, as a phone would send it; returns once its background work ended. */
export async function visit(bindings: Env, url: string, init: VisitInit = {}) {
  const { userAgent = UA.iphone, cf, ...rest } = init
  const headers = new Headers(rest.headers)
  if (!headers.has('user-agent')) headers.set('user-agent', userAgent)
  if (!headers.has('cf-connecting-ip')) headers.set('cf-connecting-ip', IP)
  const ctx = createExecutionContext()
  const request = new Request(url, { ...rest, headers, ...(cf && { cf }) } as RequestInit)
  const res = await worker.fetch(request as never, bindings as never, ctx)
  const body = await res.text()
  await waitOnExecutionContext(ctx)
  return { status: res.status, headers: res.headers, body }
}

/** Posts a beacon body the way navigator.sendBeacon sends a string. */
export const beacon = (bindings: Env, body: string, init: VisitInit & { host?: string } = {}) => {
  const { host = 'localhost', ...rest } = init
  const headers = new Headers(rest.headers)
  if (!headers.has('content-type')) headers.set('content-type', 'text/plain;charset=UTF-8')
  return visit(bindings, `http://${host}/a/collect`, { ...rest, method: 'POST', body, headers })
}

export const HEX32 = /^[0-9a-f]{32}$/
