import { createRoute, defineOpenAPIRoute, z } from '@hono/zod-openapi'
import type { AppEnv } from '../../env.ts'
import { jsonResponse } from '../../lib/router.ts'
import { checkHealth } from './health.service.ts'

const Check = z.object({ ok: z.boolean(), ms: z.number(), error: z.string().optional() })
const Health = z
  .object({
    status: z.enum(['ok', 'degraded']),
    checks: z.object({
      d1: Check,
      kv: Check,
      r2: Check,
      postgres: Check,
      queues: z.object({ leads: Check, email: Check, events: Check }),
    }),
  })
  .openapi('Health')

const route = createRoute({
  method: 'get',
  path: '/health',
  tags: ['Platform'],
  summary: 'Status of D1, KV, R2, Postgres and the queues',
  responses: {
    200: jsonResponse(Health, 'Everything answers'),
    503: jsonResponse(Health, 'At least one dependency is failing'),
  },
})

export const getHealth = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const health = Health.parse(await checkHealth(c.var.ctx))
    c.header('cache-control', 'no-store')
    return health.status === 'ok' ? c.json(health, 200) : c.json(health, 503)
  },
})
