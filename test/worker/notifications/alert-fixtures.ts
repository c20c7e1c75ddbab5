import { createExecutionContext, env } from 'cloudflare:test'
import { createCtx } from '../../../worker/context.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { createLogger } from '../../../worker/lib/log.ts'
import type { EmailMessage, WhatsappAlertMessage } from '../../../worker/modules/email/index.ts'
import type { Lead } from '../../../worker/modules/leads/leads.schemas.ts'
import type { AlertCtx } from '../../../worker/modules/notifications/index.ts'
import type { TestTenant } from '../../helpers/tenant.ts'

export type Queued = EmailMessage | WhatsappAlertMessage

/** A lead as the pipeline hands it to the alerts, in the tenant's branch. */
export function leadFor(t: TestTenant, overrides: Partial<Lead> = {}): Lead {
  const now = new Date().toISOString()
  return {
    id: newId('lead'),
    contactId: newId('contact'),
    name: 'Asha Rao',
    email: 'asha@example.com',
    phone: '+919812345678',
    message: 'A table for four tonight?',
    source: 'microsite_form',
    sourceId: null,
    formId: null,
    externalId: null,
    status: 'new',
    brandId: t.brandId,
    branchId: t.branchId,
    staffId: null,
    ownerUserId: null,
    assignedAt: null,
    booking: null,
    fields: {},
    utm: null,
    consent: null,
    spam: { marked: false, score: 0, reasons: [] },
    sla: { dueAt: now, firstResponseAt: null, breachedAt: null, escalationLevel: 0 },
    touchCount: 1,
    lastTouchAt: now,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  }
}

/** The context the leads consumer would pass, sending to the real `email` queue. */
export function alertCtx(tenantId: string, bindings: Env = env): AlertCtx {
  const { ctx } = createCtx(bindings as never, createExecutionContext(), createLogger(), 'req_test')
  return { ...ctx, tenantId }
}

/**
 * The same, with the queue swapped for a recorder: what was queued is known the moment the call
 * returns, so "nothing was sent" is an assertion rather than a wait.
 */
export function recordingCtx(tenantId: string): { ctx: AlertCtx; queued: Queued[] } {
  const queued: Queued[] = []
  const queue = {
    send: async (body: Queued) => void queued.push(body),
    sendBatch: async (messages: Iterable<{ body: Queued }>) => {
      for (const m of messages) queued.push(m.body)
    },
  }
  return { ctx: alertCtx(tenantId, { ...env, EMAIL_QUEUE: queue } as unknown as Env), queued }
}

export const uniqueEmail = (label: string) => `${label}-${crypto.randomUUID().slice(0, 8)}@example.test`

/** Sets the branch's alert address and number, and (optionally) its channel switches. */
export async function configureBranch(
  t: TestTenant,
  branch: { email?: string | null; whatsapp?: string | null },
  settings?: { notifyEmail: boolean; notifyWhatsapp: boolean },
) {
  await env.DB.prepare('update branches set email = ?, whatsapp = ? where id = ?')
    .bind(branch.email ?? null, branch.whatsapp ?? null, t.branchId)
    .run()
  if (settings) {
    await env.DB.prepare(
      `insert into branch_lead_settings (branch_id, tenant_id, notify_email, notify_whatsapp, updated_at)
       values (?, ?, ?, ?, ?)`,
    )
      .bind(t.branchId, t.tenantId, settings.notifyEmail ? 1 : 0, settings.notifyWhatsapp ? 1 : 0, Date.now())
      .run()
  }
}

/** Saves a member's notification preferences directly (the API has its own tests). */
export async function setPreferences(
  tenantId: string,
  userId: string,
  prefs: { emailAssigned?: boolean; emailEscalations?: boolean },
) {
  await env.DB.prepare(
    `insert into notification_preferences
       (tenant_id, user_id, in_app_new_leads, sound, email_assigned, email_escalations, updated_at)
     values (?, ?, 1, 0, ?, ?, ?)`,
  )
    .bind(
      tenantId,
      userId,
      prefs.emailAssigned === false ? 0 : 1,
      prefs.emailEscalations === false ? 0 : 1,
      Date.now(),
    )
    .run()
}
