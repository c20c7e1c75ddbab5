import { createMiddleware } from 'hono/factory'
import { createCtx } from '../context.ts'
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
  const { ctx, dispose } = createCtx(c.env, c.executionCtx, log, requestId)
  c.set('ctx', ctx)
  try {
    await next()
  } finally {
    dispose()
    c.header('x-request-id', requestId)
    log.info('request', { status: c.res.status, ms: Date.now() - started })
  }
})
