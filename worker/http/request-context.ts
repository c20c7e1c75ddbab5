import { createMiddleware } from 'hono/factory'
import { type ClientInfo, createCtx } from '../context.ts'
import { type AppEnv, configOf } from '../env.ts'
import { newId } from '../lib/ids.ts'
import { createLogger } from '../lib/log.ts'

/**
 * Gives every request an id, a logger that carries it, the parsed config and the service
 * context; logs one line when the response is ready and closes the Postgres pool if opened.
 */
export const requestContext = createMiddleware<AppEnv>(async (c, next) => {
  const requestId = newId('request')
  const url = new URL(c.req.url)
  const log = createLogger({ requestId, method: c.req.method, host: url.hostname, path: url.pathname })
  const started = Date.now()
  c.set('requestId', requestId)
  c.set('log', log)
  c.set('config', configOf(c.env))
  const client = clientOf(c.req.raw)
  c.set('client', client)
  const { ctx, dispose } = createCtx(c.env, c.executionCtx, log, requestId, client)
  c.set('ctx', ctx)
  try {
    await next()
  } finally {
    dispose()
    c.header('x-request-id', requestId)
    log.info('request', { status: c.res.status, ms: Date.now() - started })
  }
})

function clientOf(request: Request): ClientInfo {
  const cf = request.cf as { city?: string; country?: string } | undefined
  const location = [cf?.city, cf?.country].filter(Boolean).join(', ')
  return {
    // Cloudflare sets this at the edge and strips any the client sent.
    ip: request.headers.get('cf-connecting-ip'),
    userAgent: request.headers.get('user-agent')?.slice(0, 512) ?? null,
    location: location || null,
  }
}
