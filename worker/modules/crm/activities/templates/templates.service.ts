import { and, count, eq } from 'drizzle-orm'
import type { TenantCtx } from '../../../../context.ts'
import { ApiError } from '../../../../lib/errors.ts'
import { newId } from '../../../../lib/ids.ts'
import { recordAudit } from '../../../audit/index.ts'
import { crmTx } from '../../crm-tx.ts'
import { activityTemplates } from '../activities.tables.ts'
import { getTemplate, listTemplateRows, toTemplate } from './templates.repo.ts'
import type {
  ActivityTemplate,
  ActivityTemplateList,
  CreateActivityTemplateBody,
  UpdateActivityTemplateBody,
} from './templates.schemas.ts'

/** How many templates one tenant keeps: enough for every routine, short enough for a picker. */
export const MAX_TEMPLATES = 200

export async function listTemplates(ctx: TenantCtx): Promise<ActivityTemplateList> {
  const rows = await crmTx(ctx, (tx) => listTemplateRows(tx, ctx.tenantId))
  return { items: rows.map(toTemplate) }
}

const audit = (ctx: TenantCtx, id: string, change: 'created' | 'updated' | 'deleted') =>
  recordAudit(ctx, {
    action: 'crm.activity_template_changed',
    tenantId: ctx.tenantId,
    actor: ctx.actor,
    target: { type: 'activity_template', id },
    metadata: { change },
  })

const remindWithoutDue = () => {
  const message = 'A reminder needs a due time to count back from'
  return new ApiError('BAD_REQUEST', message, { errors: [{ path: 'remindBeforeMinutes', message }] })
}

export async function createTemplate(
  ctx: TenantCtx,
  body: CreateActivityTemplateBody,
): Promise<ActivityTemplate> {
  const row = await crmTx(ctx, async (tx) => {
    const [{ n } = { n: 0 }] = await tx
      .select({ n: count() })
      .from(activityTemplates)
      .where(eq(activityTemplates.tenantId, ctx.tenantId))
    if (n >= MAX_TEMPLATES)
      throw new ApiError(
        'LIMIT_EXCEEDED',
        `An organisation keeps at most ${MAX_TEMPLATES} activity templates`,
      )
    const [created] = await tx
      .insert(activityTemplates)
      .values({
        id: newId('activityTemplate'),
        tenantId: ctx.tenantId,
        name: body.name,
        type: body.type,
        subject: body.subject || null,
        body: body.body ?? '',
        dueInMinutes: body.dueInMinutes ?? null,
        remindBeforeMinutes: body.remindBeforeMinutes ?? null,
        durationMinutes: body.durationMinutes ?? null,
        createdAt: ctx.now(),
      })
      .returning()
    return created!
  })
  await audit(ctx, row.id, 'created')
  return toTemplate(row)
}

export async function updateTemplate(
  ctx: TenantCtx,
  templateId: string,
  patch: UpdateActivityTemplateBody,
): Promise<ActivityTemplate> {
  const row = await crmTx(ctx, async (tx) => {
    const current = await getTemplate(tx, ctx.tenantId, templateId)
    const dueIn = patch.dueInMinutes !== undefined ? patch.dueInMinutes : current.dueInMinutes
    const remind =
      patch.remindBeforeMinutes !== undefined ? patch.remindBeforeMinutes : current.remindBeforeMinutes
    if (remind != null && dueIn == null) throw remindWithoutDue()
    const [updated] = await tx
      .update(activityTemplates)
      .set({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.type !== undefined ? { type: patch.type } : {}),
        ...(patch.subject !== undefined ? { subject: patch.subject || null } : {}),
        ...(patch.body !== undefined ? { body: patch.body } : {}),
        dueInMinutes: dueIn,
        remindBeforeMinutes: remind,
        ...(patch.durationMinutes !== undefined ? { durationMinutes: patch.durationMinutes } : {}),
      })
      .where(and(eq(activityTemplates.tenantId, ctx.tenantId), eq(activityTemplates.id, templateId)))
      .returning()
    return updated!
  })
  await audit(ctx, row.id, 'updated')
  return toTemplate(row)
}

/** Activities started from it keep what it filled in; only the link to it is left dangling. */
export async function deleteTemplate(ctx: TenantCtx, templateId: string): Promise<void> {
  await crmTx(ctx, async (tx) => {
    await getTemplate(tx, ctx.tenantId, templateId)
    await tx
      .delete(activityTemplates)
      .where(and(eq(activityTemplates.tenantId, ctx.tenantId), eq(activityTemplates.id, templateId)))
  })
  await audit(ctx, templateId, 'deleted')
}
