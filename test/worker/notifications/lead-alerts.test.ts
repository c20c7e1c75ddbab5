import { describe, expect, inject, it, vi } from 'vitest'
import { newId } from '../../../worker/lib/ids.ts'
import { notifyLeadArrived, notifySlaBreach } from '../../../worker/modules/notifications/index.ts'
import { linkIn, waitForEmail } from '../../helpers/mail.ts'
import { createTestTenant } from '../../helpers/tenant.ts'
import { addMember } from '../team/team-helpers.ts'
import {
  alertCtx,
  configureBranch,
  leadFor,
  recordingCtx,
  setPreferences,
  uniqueEmail,
} from './alert-fixtures.ts'

/** A number of our own per test, so the Graph fake's log can be read without crosstalk. */
const uniqueWhatsapp = () => {
  const line = String(Math.floor(Math.random() * 10_000)).padStart(4, '0')
  const exchange = 200 + Math.floor(Math.random() * 700)
  return { written: `+1 415 ${exchange} ${line}`, digits: `1415${exchange}${line}` }
}

async function whatsappSentTo(digits: string) {
  const res = await fetch(`${inject('outsideOrigin')}/__fake/graph/messages?to=${digits}`)
  return ((await res.json()) as { messages: { template: { name: string; components: unknown[] } }[] })
    .messages
}

describe('a new lead', () => {
  it("reaches the branch's address and WhatsApp number, and its owner, through the queue", async () => {
    const t = await createTestTenant()
    const branchEmail = uniqueEmail('branch')
    const whatsapp = uniqueWhatsapp()
    await configureBranch(
      t,
      { email: branchEmail, whatsapp: whatsapp.written },
      { notifyEmail: true, notifyWhatsapp: true },
    )
    const lead = leadFor(t, { name: 'Asha <b>Rao</b>', ownerUserId: t.userId })

    await notifyLeadArrived(alertCtx(t.tenantId), lead, { merged: false })

    const branchMail = await waitForEmail(branchEmail, /^New lead: Asha <b>Rao<\/b>$/)
    expect(linkIn(branchMail, '/app/leads/')).toMatch(new RegExp(`/app/leads/${lead.id}$`))
    expect(branchMail.html).toContain('Asha &lt;b&gt;Rao&lt;/b&gt;')
    expect(branchMail.html).not.toContain('<b>Rao')
    expect(branchMail.text).toContain('Source: Website form')
    expect(branchMail.text).toContain('Phone: +919812345678')

    const ownerMail = await waitForEmail(t.email, /^Lead assigned to you: Asha/)
    expect(linkIn(ownerMail, '/app/leads/')).toContain(lead.id)

    const sent = await vi.waitFor(
      async () => {
        const messages = await whatsappSentTo(whatsapp.digits)
        expect(messages).toHaveLength(1)
        return messages
      },
      { timeout: 15_000, interval: 200 },
    )
    expect(sent[0]!.template.name).toBe('new_lead_alert')
    expect(sent[0]!.template.components).toEqual([
      {
        type: 'body',
        parameters: [
          { type: 'text', text: 'Main Street' },
          { type: 'text', text: 'Asha <b>Rao</b>' },
          { type: 'text', text: 'Website form' },
        ],
      },
    ])
  })

  it('uses the defaults without branch settings: e-mail on, WhatsApp off', async () => {
    const t = await createTestTenant()
    const branchEmail = uniqueEmail('branch')
    await configureBranch(t, { email: branchEmail, whatsapp: uniqueWhatsapp().written })
    const { ctx, queued } = recordingCtx(t.tenantId)
    await notifyLeadArrived(ctx, leadFor(t), { merged: false })
    expect(queued).toEqual([expect.objectContaining({ template: 'lead_new', to: branchEmail })])
  })

  it("follows the branch's switches", async () => {
    const t = await createTestTenant()
    const whatsapp = uniqueWhatsapp()
    await configureBranch(
      t,
      { email: uniqueEmail('branch'), whatsapp: whatsapp.written },
      { notifyEmail: false, notifyWhatsapp: true },
    )
    const { ctx, queued } = recordingCtx(t.tenantId)
    await notifyLeadArrived(ctx, leadFor(t), { merged: false })
    expect(queued).toEqual([
      {
        kind: 'whatsapp.lead_alert',
        to: whatsapp.digits,
        data: { branchName: 'Main Street', leadName: 'Asha Rao', sourceLabel: 'Website form' },
      },
    ])
  })

  it('sends nothing when every switch is off', async () => {
    const t = await createTestTenant()
    await configureBranch(
      t,
      { email: uniqueEmail('branch'), whatsapp: uniqueWhatsapp().written },
      { notifyEmail: false, notifyWhatsapp: false },
    )
    await setPreferences(t.tenantId, t.userId, { emailAssigned: false })
    const { ctx, queued } = recordingCtx(t.tenantId)
    await notifyLeadArrived(ctx, leadFor(t, { ownerUserId: t.userId }), { merged: false })
    expect(queued).toEqual([])
  })

  it('skips the owner who turned assignment e-mails off, or whose address the branch mail already reached', async () => {
    const t = await createTestTenant()
    const agent = await addMember(t, 'agent')
    await setPreferences(t.tenantId, agent.userId, { emailAssigned: false })
    await configureBranch(t, { email: t.email })
    const { ctx, queued } = recordingCtx(t.tenantId)
    await notifyLeadArrived(ctx, leadFor(t, { ownerUserId: agent.userId }), { merged: false })
    await notifyLeadArrived(ctx, leadFor(t, { ownerUserId: t.userId }), { merged: false })
    expect(queued.map((m) => ('template' in m ? `${m.template} ${m.to}` : m.kind))).toEqual([
      `lead_new ${t.email}`,
      `lead_new ${t.email}`,
    ])
  })

  it('ignores an owner who is not a member of the tenant', async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    const { ctx, queued } = recordingCtx(t.tenantId)
    await notifyLeadArrived(ctx, leadFor(t, { ownerUserId: other.userId }), { merged: false })
    await notifyLeadArrived(ctx, leadFor(t, { ownerUserId: newId('user') }), { merged: false })
    expect(queued).toEqual([])
  })

  it('is never announced when marked as spam', async () => {
    const t = await createTestTenant()
    await configureBranch(
      t,
      { email: uniqueEmail('branch'), whatsapp: uniqueWhatsapp().written },
      { notifyEmail: true, notifyWhatsapp: true },
    )
    const { ctx, queued } = recordingCtx(t.tenantId)
    const spam = leadFor(t, {
      ownerUserId: t.userId,
      spam: { marked: true, score: 90, reasons: ['honeypot'] },
    })
    await notifyLeadArrived(ctx, spam, { merged: false })
    await notifyLeadArrived(ctx, spam, { merged: true })
    expect(queued).toEqual([])
  })

  it('is not announced for a branch of another tenant', async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    await configureBranch(other, { email: uniqueEmail('other-branch') })
    const { ctx, queued } = recordingCtx(t.tenantId)
    await notifyLeadArrived(ctx, leadFor(other), { merged: false })
    expect(queued).toEqual([])
  })
})

describe('a returning lead (a touch merged into an existing lead)', () => {
  it('tells only its owner', async () => {
    const t = await createTestTenant()
    await configureBranch(
      t,
      { email: uniqueEmail('branch'), whatsapp: uniqueWhatsapp().written },
      { notifyEmail: true, notifyWhatsapp: true },
    )
    const { ctx, queued } = recordingCtx(t.tenantId)
    await notifyLeadArrived(ctx, leadFor(t, { ownerUserId: t.userId, touchCount: 2 }), { merged: true })
    await notifyLeadArrived(ctx, leadFor(t, { ownerUserId: null, touchCount: 2 }), { merged: true })
    expect(queued).toEqual([
      expect.objectContaining({
        template: 'lead_assigned',
        to: t.email,
        data: expect.objectContaining({ returning: true, leadName: 'Asha Rao' }),
      }),
    ])
  })
})

describe('an SLA breach', () => {
  it('e-mails each recipient whose escalation e-mails are on', async () => {
    const t = await createTestTenant()
    const quiet = await addMember(t, 'manager')
    const loud = await addMember(t, 'manager')
    const outsider = await createTestTenant()
    await setPreferences(t.tenantId, quiet.userId, { emailEscalations: false })
    const { ctx, queued } = recordingCtx(t.tenantId)
    const lead = leadFor(t)
    await notifySlaBreach(ctx, lead, 2, [t.userId, quiet.userId, loud.userId, outsider.userId, t.userId])
    expect(queued.map((m) => ('to' in m ? m.to : '')).sort()).toEqual([t.email, loud.email].sort())
    expect(queued[0]).toMatchObject({
      template: 'lead_sla_breach',
      data: { leadName: 'Asha Rao', branchName: 'Main Street', level: 2, dueAt: lead.sla.dueAt },
    })
  })

  it('arrives as an e-mail that links to the lead', async () => {
    const t = await createTestTenant()
    const lead = leadFor(t, { name: 'Late Larry' })
    await notifySlaBreach(alertCtx(t.tenantId), lead, 1, [t.userId])
    const mail = await waitForEmail(t.email, /^No first response yet: Late Larry$/)
    expect(mail.text).toContain('branch manager')
    expect(linkIn(mail, '/app/leads/')).toContain(lead.id)
  })
})
