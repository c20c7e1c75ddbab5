// The codes a batch creates: their design checked up front, then made one by one by the job
// through the same service as the dashboard (targets, KV route, audit), resuming after a retry.
import type { TenantCtx } from '../../../context.ts'
import { ApiError, type FieldIssue } from '../../../lib/errors.ts'
import { DEFAULT_QR_DESIGN, designFromBrand } from '../design/defaults.ts'
import { checkDesign } from '../design/design-rules.ts'
import { QrDesign } from '../qr.model.ts'
import { findBrandColors } from '../qr.repo.ts'
import { CreateQrCode } from '../qr.schemas.ts'
import { createCode } from '../qr.service.ts'
import { loadQrLogo } from '../render/logo.ts'
import { type QrBatchRow, updateBatch } from './batch.repo.ts'
import type { BatchOptions, PlannedCode } from './batch.schemas.ts'
import type { BatchPlan } from './batch-plan.ts'

type DesignOverride = BatchOptions['design']

/**
 * Refuses a design the new codes could not be made with: too little contrast on any of their
 * brands' defaults, or a logo that is not a usable image. Reused codes keep their own look.
 */
export async function checkBatchDesign(
  ctx: TenantCtx,
  plan: BatchPlan,
  override: DesignOverride,
): Promise<void> {
  const brandIds = new Set(plan.items.flatMap((item) => ('create' in item ? [item.create.brandId] : [])))
  const issues: FieldIssue[] = []
  for (const brandId of brandIds) {
    const colors = brandId ? (await findBrandColors(ctx.d1, ctx.tenantId, brandId))?.colors : null
    const design = QrDesign.parse({ ...(colors ? designFromBrand(colors) : DEFAULT_QR_DESIGN), ...override })
    for (const error of checkDesign(design, { hasLogo: design.logoMediaId !== null }).errors) {
      if (!issues.some((i) => i.path === error.field))
        issues.push({ path: error.field, message: error.message })
    }
  }
  if (issues.length > 0)
    throw new ApiError('BAD_REQUEST', issues.map((i) => i.message).join('; '), { errors: issues })
  if (override?.logoMediaId) await loadQrLogo(ctx, ctx.tenantId, override.logoMediaId)
}

const createBody = (planned: PlannedCode, design: DesignOverride): CreateQrCode =>
  CreateQrCode.parse({
    kind: 'dynamic',
    label: planned.label,
    placement: planned.placement,
    brandId: planned.brandId,
    branchId: planned.branchId,
    target: planned.targetUrl
      ? { type: 'url', url: planned.targetUrl }
      : { type: 'microsite', branchId: planned.branchId },
    ...(design ? { design } : {}),
  })

/**
 * The batch's code ids in order, creating those not made yet. Each new id is saved on the
 * batch as soon as its code exists, so a retried job picks up where the last one stopped
 * instead of printing duplicates.
 */
export async function ensureBatchCodes(
  ctx: TenantCtx,
  row: QrBatchRow,
  options: BatchOptions,
): Promise<string[]> {
  const codeIds = [...row.codeIds]
  for (const item of options.items.slice(codeIds.length)) {
    if ('reuse' in item) codeIds.push(item.reuse)
    else {
      codeIds.push((await createCode(ctx, createBody(item.create, options.design))).id)
      await updateBatch(ctx.d1, ctx.tenantId, row.id, { codeIds })
    }
  }
  if (codeIds.length !== row.codeIds.length) await updateBatch(ctx.d1, ctx.tenantId, row.id, { codeIds })
  return codeIds
}
