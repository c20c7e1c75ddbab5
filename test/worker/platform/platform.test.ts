import { describe, expect, it } from 'vitest'
import { call } from '../../helpers/tenant.ts'

describe('health', () => {
  it('reports D1, KV, R2, Postgres and the queues', async () => {
    const res = await call('/health')
    expect(res.status).toBe(200)
    expect(res.body.status).toBe('ok')
    for (const check of ['d1', 'kv', 'r2', 'postgres']) expect(res.body.checks[check].ok).toBe(true)
    expect(Object.keys(res.body.checks.queues)).toEqual(['leads', 'email', 'events'])
  })
})

describe('OpenAPI', () => {
  it('documents every API route with its schemas', async () => {
    const res = await call('/api/openapi.json')
    expect(res.status).toBe(200)
    const paths = Object.keys(res.body.paths)
    expect(paths).toEqual(
      expect.arrayContaining([
        '/health',
        '/api/v1/auth/sessions',
        '/api/v1/auth/session',
        '/api/v1/leads',
        '/api/v1/sites',
        '/api/v1/sites/{siteId}/versions',
        '/api/v1/realtime',
      ]),
    )
    expect(res.body.components.schemas).toHaveProperty('Lead')
    expect(res.body.components.schemas).toHaveProperty('Problem')
  })

  it('renders a docs page without scripts', async () => {
    const res = await call('/api/docs')
    expect(res.status).toBe(200)
    expect(res.body).toContain('/api/v1/leads')
    expect(res.body).not.toContain('<script')
  })
})

describe('routing by host', () => {
  it('serves a 404 page for an unknown custom hostname', async () => {
    const res = await call('/', { host: 'unknown.example' })
    expect(res.status).toBe(404)
    expect(res.body).toContain('Page not found')
  })

  it('never serves the API or the dashboard on a custom hostname', async () => {
    expect((await call('/api/v1/leads', { host: 'unknown.example' })).status).toBe(404)
    expect((await call('/app/', { host: 'unknown.example' })).status).toBe(404)
  })

  it('redirects the platform root to the dashboard', async () => {
    const res = await call('/', { redirect: 'manual' })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/app/')
  })
})
