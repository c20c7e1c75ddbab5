import { env, SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { submitForm } from '../../helpers/tenant.ts'
import { addBranch, addMember, as, openSocket, verifiedTenant } from './team-helpers.ts'

const leadIn = (branchId: string, name: string) => ({
  type: 'lead.created' as const,
  lead: {
    id: `lead_${crypto.randomUUID()}`,
    contactId: 'con_x',
    name,
    email: null,
    phone: null,
    message: null,
    source: 'microsite_form',
    status: 'new',
    brandId: 'brd_x',
    branchId,
    staffId: null,
    booking: null,
    createdAt: new Date().toISOString(),
  },
})

describe('live events within a branch scope', () => {
  it("never sends a scoped manager another branch's lead", async () => {
    const t = await verifiedTenant()
    const second = await addBranch(t, 'harbour')
    const manager = await addMember(t, 'manager', { branchIds: [second.branchId] })
    const owner = await openSocket(t.token)
    const scoped = await openSocket(manager.token)
    expect((await owner.next()).type).toBe('ready')
    expect((await scoped.next()).type).toBe('ready')

    const hub = env.TENANT_HUB.get(env.TENANT_HUB.idFromName(t.tenantId))
    expect(await hub.publish(leadIn(t.branchId, 'Main only'))).toBe(1)

    // End to end: the form of the other branch, then the manager's own.
    await submitForm(t.pagePath, { name: 'Main Street Lead', email: 'main@example.com' })
    await submitForm(second.pagePath, { name: 'Harbour Lead', email: 'harbour@example.com' })
    const ownerSaw = [await owner.next(), await owner.next(), await owner.next()]
    expect(ownerSaw.map((m) => (m.type === 'lead.created' ? m.lead.name : m.type)).sort()).toEqual([
      'Harbour Lead',
      'Main Street Lead',
      'Main only',
    ])
    const first = await scoped.next()
    expect(first).toMatchObject({
      type: 'lead.created',
      lead: { name: 'Harbour Lead', branchId: second.branchId },
    })
    owner.socket.close()
    scoped.socket.close()
  })

  it("does not trust a client's own audience header", async () => {
    const t = await verifiedTenant()
    const second = await addBranch(t, 'harbour')
    const manager = await addMember(t, 'manager', { branchIds: [second.branchId] })
    const res = await SELF.fetch('http://localhost/api/v1/realtime', {
      headers: {
        upgrade: 'websocket',
        authorization: `Bearer ${manager.token}`,
        'x-vitrine-audience': JSON.stringify({ userId: manager.userId, branchIds: null }),
      },
    })
    const socket = res.webSocket!
    const ready = new Promise<void>((resolve) =>
      socket.addEventListener('message', () => resolve(), { once: true }),
    )
    socket.accept()
    await ready
    const hub = env.TENANT_HUB.get(env.TENANT_HUB.idFromName(t.tenantId))
    expect(await hub.publish(leadIn(t.branchId, 'Not for the manager'))).toBe(0)
    expect(await hub.publish(leadIn(second.branchId, 'For the manager'))).toBe(1)
    socket.close()
  })

  it('closes the sockets of a member whose access changed', async () => {
    const t = await verifiedTenant()
    const agent = await addMember(t, 'agent')
    const live = await openSocket(agent.token)
    expect((await live.next()).type).toBe('ready')
    expect((await as(t.token).del(`/api/v1/members/${agent.membershipId}`)).status).toBe(204)
    expect(await live.closed).toBe(1008)
    const hub = env.TENANT_HUB.get(env.TENANT_HUB.idFromName(t.tenantId))
    expect(await hub.publish(leadIn(t.branchId, 'After removal'))).toBe(0)
  })
})
