// Shared by the Google, LinkedIn, generic-webhook and delivery-log tests: connecting a source
// through the API and posting raw bodies to a hook.
import { env } from 'cloudflare:test'
import { expect, inject } from 'vitest'
import { call, type TestTenant } from '../../helpers/tenant.ts'
import { callWith } from './meta-fixtures.ts'

export { callWith, deliveriesOf, deliverToConsumer, uniqueAccountId } from './meta-fixtures.ts'

export interface Connected {
  source: { id: string; webhookUrl: string; status: string; kind: string; config: any }
  secret: string | null
}

export async function connect(
  t: TestTenant,
  kind: 'google_ads' | 'webhook' | 'linkedin',
  extra: Record<string, unknown> = {},
): Promise<Connected> {
  const res = await t.post('/api/v1/lead-sources', {
    kind,
    name: `A ${kind} source`,
    branchId: t.branchId,
    ...extra,
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body
}

/** POSTs a raw body to the Worker (with other bindings when given: a failing queue …). */
export function postRaw(path: string, raw: string, headers: Record<string, string> = {}, bindings?: Env) {
  const init = { method: 'POST', body: raw, headers: { 'content-type': 'application/json', ...headers } }
  return bindings ? callWith(bindings, path, init) : call(path, init)
}

/** The Worker's bindings with a `leads` queue whose sends fail. */
export const failingQueue = (): Env =>
  ({
    ...env,
    LEADS_QUEUE: {
      send: () => Promise.reject(new Error('queue down')),
      sendBatch: () => Promise.reject(new Error('queue down')),
    },
  }) as unknown as Env

export async function linkedinControl<T = any>(action: string, body?: unknown): Promise<T> {
  const res = await fetch(`${inject('outsideOrigin')}/__fake/linkedin/${action}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  expect(res.ok, `fake linkedin ${action}`).toBe(true)
  return (await res.json()) as T
}
