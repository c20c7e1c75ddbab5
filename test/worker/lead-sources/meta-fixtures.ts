// Shared by the Facebook Lead Ads and WhatsApp webhook tests: a connected source, bodies signed
// as Meta signs them (by the outside-APIs fake, with the app secret the Worker is given), and the
// fake Graph API's controls.
import { createExecutionContext, env } from 'cloudflare:test'
import { expect, inject } from 'vitest'
import worker from '../../../worker/index.ts'
import { deliver } from '../../helpers/queue.ts'
import { type ApiResponse, call, type TestTenant } from '../../helpers/tenant.ts'

/** A page or phone number id no other test uses (accounts are unique across tenants). */
export const uniqueAccountId = () =>
  `${Date.now()}${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`

export async function fakeControl<T = any>(action: string, body?: unknown): Promise<T> {
  const res = await fetch(`${inject('outsideOrigin')}/__fake/graph/${action}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  expect(res.ok, `fake graph ${action}`).toBe(true)
  return (await res.json()) as T
}

/** The body as Meta would send it and its X-Hub-Signature-256. */
export const signed = (body: unknown) => fakeControl<{ body: string; signature: string }>('sign', { body })

export function postHook(path: string, raw: string, signature?: string, bindings?: Env) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (signature) headers['x-hub-signature-256'] = signature
  if (!bindings) return call(path, { method: 'POST', body: raw, headers })
  return callWith(bindings, path, { method: 'POST', body: raw, headers })
}

/** A request to the Worker under other bindings (a missing secret, a queue that fails). */
export async function callWith(bindings: Env, path: string, init: RequestInit = {}): Promise<ApiResponse> {
  const res = await worker.fetch(
    new Request(`http://localhost${path}`, init) as never,
    bindings as never,
    createExecutionContext(),
  )
  const type = res.headers.get('content-type') ?? ''
  return {
    status: res.status,
    headers: res.headers,
    body: type.includes('json') ? await res.json() : await res.text(),
  }
}

export async function connectSource(
  t: TestTenant,
  kind: 'facebook' | 'whatsapp',
  accountId: string,
  options: {
    accessToken?: string
    status?: 'active' | 'paused'
    forms?: { formRef: string; branchId: string }[]
  } = {},
): Promise<{ id: string }> {
  const config =
    kind === 'facebook'
      ? { kind, pageId: accountId, forms: options.forms ?? [] }
      : { kind, phoneNumberId: accountId, displayPhone: '+44 20 7946 0000' }
  const res = await t.post('/api/v1/lead-sources', {
    kind,
    name: `${kind} ${accountId}`,
    branchId: t.branchId,
    config,
    ...(options.accessToken ? { accessToken: options.accessToken } : {}),
    status: options.status ?? 'active',
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.source
}

export interface Delivery {
  id: string
  outcome: string
  httpStatus: number
  detail: string | null
  externalId: string | null
  leadId: string | null
  excerpt: string | null
}

export async function deliveriesOf(t: TestTenant, sourceId: string): Promise<Delivery[]> {
  const res = await t.get(`/api/v1/lead-sources/${sourceId}/deliveries`)
  expect(res.status).toBe(200)
  return res.body.data
}

/** Runs the `leads` consumer on these message bodies, as the queue would. */
export const deliverToConsumer = (bodies: unknown[], attempts = 1, bindings: Env = env) =>
  deliver('leads', bodies, attempts, bindings)
