import { env, runInDurableObject, SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { ServerMessage } from '../../../durable-objects/tenant-hub/protocol.ts'
import type { TenantHub } from '../../../durable-objects/tenant-hub/tenant-hub.ts'
import { collectMessages } from '../../helpers/socket.ts'
import { createTestTenant, submitForm } from '../../helpers/tenant.ts'

async function openSocket(token: string, origin?: string) {
  const res = await SELF.fetch('http://localhost/api/v1/realtime', {
    headers: { upgrade: 'websocket', authorization: `Bearer ${token}`, ...(origin ? { origin } : {}) },
  })
  const socket = res.webSocket
  if (!socket) return { res, socket: null, next: () => Promise.reject(new Error(`no socket: ${res.status}`)) }
  const { next } = collectMessages(socket, (json) => ServerMessage.parse(json))
  return { res, socket, next }
}

describe('real-time dashboard channel', () => {
  it('pushes a new lead to a connected dashboard', async () => {
    const t = await createTestTenant()
    const { res, socket, next } = await openSocket(t.token)
    expect(res.status).toBe(101)
    expect(await next()).toEqual({ type: 'ready', tenantId: t.tenantId })
    await submitForm(t.pagePath, { name: 'Live Lead', email: 'live@example.com' })
    const event = await next()
    expect(event).toMatchObject({ type: 'lead.created', lead: { name: 'Live Lead', branchId: t.branchId } })
    socket?.close()
  })

  it('answers ping with pong and closes on anything it does not know', async () => {
    const t = await createTestTenant()
    const { socket, next } = await openSocket(t.token)
    await next()
    socket!.send(JSON.stringify({ type: 'ping' }))
    expect((await next()).type).toBe('pong')
    const closed = new Promise<number>((resolve) => socket!.addEventListener('close', (e) => resolve(e.code)))
    socket!.send(JSON.stringify({ type: 'lead.created', lead: {} }))
    expect(await closed).toBe(1003)
  })

  it('keeps tenants apart', async () => {
    const a = await createTestTenant()
    const b = await createTestTenant()
    const bSocket = await openSocket(b.token)
    await bSocket.next()
    const aSocket = await openSocket(a.token)
    await aSocket.next()
    await submitForm(a.pagePath, { name: 'For A only', email: 'a-only@example.com' })
    expect((await aSocket.next()).type).toBe('lead.created')
    const hubB = env.TENANT_HUB.get(env.TENANT_HUB.idFromName(b.tenantId))
    expect(await hubB.connectedDashboards()).toBe(1)
    bSocket.socket!.send(JSON.stringify({ type: 'ping' }))
    // The first message B sees after A's lead is its own pong, not A's lead.
    expect((await bSocket.next()).type).toBe('pong')
  })

  it('refuses connections without a session, from other origins, or without an upgrade', async () => {
    const t = await createTestTenant()
    expect(
      (await SELF.fetch('http://localhost/api/v1/realtime', { headers: { upgrade: 'websocket' } })).status,
    ).toBe(401)
    expect((await openSocket(t.token, 'https://evil.example')).res.status).toBe(403)
    expect((await t.get('/api/v1/realtime')).status).toBe(400)
  })
})

describe('tenant hub rate limiter', () => {
  it('counts per key inside the Durable Object and survives between calls', async () => {
    const stub = env.TENANT_HUB.get(env.TENANT_HUB.idFromName(`rl-${crypto.randomUUID()}`))
    const request = { key: 'form:x', limit: 2, windowSeconds: 60 }
    expect((await stub.rateLimit(request)).allowed).toBe(true)
    expect((await stub.rateLimit(request)).allowed).toBe(true)
    const third = await stub.rateLimit(request)
    expect(third).toMatchObject({ allowed: false, remaining: 0 })
    expect(third.retryAfter).toBeGreaterThan(0)
    expect((await stub.rateLimit({ ...request, key: 'form:y' })).allowed).toBe(true)
    const stored = await runInDurableObject(stub, (_hub: TenantHub, state) => state.storage.get('rl:form:x'))
    expect(stored).toMatchObject({ current: 2 })
  })
})
