// Table-driven route guards: every route of an area refuses the anonymous (401), a member or key
// without the permission (403), and a malformed body or query (400 naming the field), each with
// problem+json. Soft assertions, so one run lists every route that answers wrongly.
import { expect } from 'vitest'
import { call } from './tenant.ts'

/** Method, path and a valid-looking body: the guard must answer before the body matters. */
export type GuardedRoute = readonly [method: string, path: string, body?: unknown]
/** Method, path, a malformed body (undefined for a query case) and the field the 400 must name. */
export type MalformedCase = readonly [method: string, path: string, body: unknown, field: string]

const json = (body: unknown) => (body === undefined ? undefined : JSON.stringify(body))

/** Sends each route with `token` (none: anonymous) and expects `status` as problem+json. */
export async function expectEachRefused(routes: readonly GuardedRoute[], status: 401 | 403, token?: string) {
  for (const [method, path, body] of routes) {
    const res = await call(path, { method, body: json(body), token })
    const what = `${method} ${path} answered ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`
    expect.soft(res.status, what).toBe(status)
    expect.soft(res.headers.get('content-type'), what).toContain('application/problem+json')
  }
}

/** Sends each malformed case with `token` and expects a 400 whose errors name the field. */
export async function expectEachFieldNamed(cases: readonly MalformedCase[], token: string) {
  for (const [method, path, body, field] of cases) {
    const res = await call(path, { method, body: json(body), token })
    const what = `${method} ${path} ${json(body) ?? ''} answered ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`
    expect.soft(res.status, what).toBe(400)
    expect.soft(res.headers.get('content-type'), what).toContain('application/problem+json')
    const paths = ((res.body?.errors ?? []) as { path: string }[]).map((e) => e.path)
    expect
      .soft(
        paths.some((p) => p === field || p.startsWith(`${field}.`)),
        `${what}: errors name ${field}`,
      )
      .toBe(true)
  }
}
