import type { TenantCtx } from '../../../context.ts'
import { recordAudit } from '../../audit/index.ts'

const ACTIONS = { pipeline: 'crm.pipeline_changed', stage: 'crm.stage_changed' } as const

/** Settings changes go to the audit log; the change itself is committed whatever happens here. */
export async function auditSettingChange(
  ctx: TenantCtx,
  type: keyof typeof ACTIONS,
  id: string,
  metadata: Record<string, unknown>,
) {
  await recordAudit(ctx, {
    action: ACTIONS[type],
    tenantId: ctx.tenantId,
    actor: ctx.actor,
    target: { type, id },
    metadata,
  }).catch((error: unknown) =>
    ctx.log.error('audit write failed', { [`${type}Id`]: id, error: String(error) }),
  )
}
