// The path every lead takes once it is off the queue: normalised, de-duplicated, assigned and
// stored in one transaction, then announced. Each step is safe to repeat, so the consumer may
// retry a message from the top after any failure.
import type { Ctx } from '../../../context.ts'
import { sendLeadEvent } from '../../analytics/index.ts'
import { sendCrmMessages } from '../../crm/index.ts'
import { notifyLeadArrived } from '../../notifications/lead-alerts.ts'
import { recordQrConversion } from '../../qr/index.ts'
import type { LeadMessage } from '../lead-message.ts'
import type { Lead } from '../leads.schemas.ts'
import { chooseOwner } from '../routing/choose-owner.ts'
import { scheduleSlaCheck, slaDueAt } from '../sla/sla-clock.ts'
import { announceLead } from './announce.ts'
import { type NormalisedLead, normaliseLead } from './normalise.ts'
import { isSpam, markDispatched, type Placement, type Stored, storeLead } from './store.ts'

/** Owner and first-response deadline for a new lead, from the tenant's rules and the branch's SLA. */
async function placeLead(ctx: Ctx, lead: NormalisedLead): Promise<Placement> {
  const at = new Date(lead.submittedAt)
  const { tenantId, branchId } = lead
  const [owner, dueAt] = await Promise.all([
    chooseOwner(ctx, {
      tenantId,
      branchId,
      source: lead.source,
      sourceId: lead.sourceId ?? null,
      formId: lead.formId ?? null,
      staffId: lead.staffId ?? null,
      at,
    }),
    slaDueAt(ctx, { tenantId, branchId, at }),
  ])
  return { assignment: owner ? { ownerUserId: owner.userId, reason: owner.reason } : null, slaDueAt: dueAt }
}

/** Scan-to-lead attribution is a statistic: its failure is logged and never costs the lead. */
async function countConversion(ctx: Ctx, lead: NormalisedLead, leadId: string) {
  if (!lead.qrCode) return
  try {
    const at = new Date(lead.submittedAt)
    const found = await recordQrConversion(ctx, { tenantId: lead.tenantId, code: lead.qrCode, leadId, at })
    if (!found) ctx.log.info('lead names an unknown QR code', { leadId, tenantId: lead.tenantId })
  } catch (error) {
    ctx.log.warn('QR conversion not recorded', { leadId, tenantId: lead.tenantId, error })
  }
}

/**
 * The touch's effects, once: live dashboards and webhooks, alerts, the SLA clock, the QR
 * conversion. Any failure throws before `dispatched_at` is set, so the retried message does
 * them again (each is de-duplicated downstream) and, once they all went out, never again.
 */
async function dispatchTouch(ctx: Ctx, lead: NormalisedLead, result: Stored & { touchId: string }) {
  const scoped = { ...ctx, tenantId: lead.tenantId }
  const stored = result.lead
  if (result.change === 'created') {
    await announceLead(scoped, stored, 'created', { eventKey: result.touchId })
    await notifyLeadArrived(scoped, stored, { merged: false })
    if (stored.sla.dueAt && !stored.spam.marked) {
      await scheduleSlaCheck(ctx, {
        tenantId: lead.tenantId,
        leadId: stored.id,
        dueAt: new Date(stored.sla.dueAt),
        level: 1,
      })
    }
  } else {
    const touch = {
      id: result.touchId,
      source: lead.source,
      sourceId: lead.sourceId ?? null,
      formId: lead.formId ?? null,
      branchId: lead.branchId,
      utm: lead.utm,
      receivedAt: lead.submittedAt,
    }
    await announceLead(scoped, stored, 'touch', { eventKey: result.touchId, touch })
    // A spam arrival merged into a real lead is kept on its timeline, not announced to anyone.
    if (!isSpam(lead)) await notifyLeadArrived(scoped, stored, { merged: true })
  }
  await countConversion(ctx, lead, stored.id)
  // The contact's score counts leads, touches and scans: recompute it now (retried with the touch).
  await sendCrmMessages(ctx, [{ type: 'crm.score', tenantId: lead.tenantId, contactIds: [stored.contactId] }])
  // Analytics counts the touch (a lead when it created one); spam is counted nowhere.
  if (!isSpam(lead)) await sendLeadEvent(ctx, lead, { touchId: result.touchId, leadId: stored.id })
  await markDispatched(ctx, lead.tenantId, result.touchId)
}

/** Normalises, stores and announces one lead message; returns the lead it made or refreshed. */
export async function processLead(
  ctx: Ctx,
  message: LeadMessage,
): Promise<{ lead: Lead; outcome: 'created' | 'merged' | 'repeat' }> {
  const lead = normaliseLead(message)
  let result = await storeLead(ctx, lead)
  if (result.kind === 'needs_placement') result = await storeLead(ctx, lead, await placeLead(ctx, lead))
  if (result.kind === 'needs_placement') throw new Error('a placed lead still asked for placement')
  const { touchId } = result
  if (result.dispatched || touchId === null) return { lead: result.lead, outcome: 'repeat' }
  await dispatchTouch(ctx, lead, { ...result, touchId })
  return { lead: result.lead, outcome: result.change === 'created' ? 'created' : 'merged' }
}
