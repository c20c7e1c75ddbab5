import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { newId } from '../../../lib/ids.ts'
import { auditInsert } from '../../audit/index.ts'
import { assertWithinLimit } from '../../billing/index.ts'
import { countLiveDynamicCodes } from '../qr.repo.ts'
import type { QrBatch } from '../qr.schemas.ts'
import { qrBatches } from '../qr.tables.ts'
import { assertRenderAllowed } from '../render/render-limit.ts'
import { failBatch, type QrBatchRow } from './batch.repo.ts'
import type { BatchOptions, CreateQrBatch } from './batch.schemas.ts'
import { enqueueQrBatch } from './batch-message.ts'
import { newCodeCount, planBatch } from './batch-plan.ts'
import { toQrBatch } from './batch-views.ts'
import { checkBatchDesign } from './new-codes.ts'

/**
 * Queues a bulk batch. Everything is checked first (the CSV row by row, branches, URLs, the
 * design, the plan's room for every new code, the render limit), so a refused request writes
 * nothing; the job then creates the codes and builds the ZIP.
 */
export async function createBatch(
  ctx: TenantCtx,
  input: CreateQrBatch,
): Promise<{ batch: QrBatch; headers: Record<string, string> }> {
  const plan = await planBatch(ctx, input)
  const adding = newCodeCount(plan)
  if (adding > 0) {
    await checkBatchDesign(ctx, plan, input.design ?? null)
    const current = await countLiveDynamicCodes(ctx.d1, ctx.tenantId)
    await assertWithinLimit(ctx.d1, ctx.tenantId, 'dynamicQrCodes', current, adding)
  }
  const headers = await assertRenderAllowed(ctx)
  const now = ctx.now()
  const options: BatchOptions = {
    requestedBy: ctx.actor,
    formats: input.formats,
    sheet: input.sheet ?? null,
    tents: input.tents,
    design: input.design ?? null,
    branchIds: plan.branchIds,
    items: plan.items,
  }
  const row: QrBatchRow = {
    id: newId('qrBatch', now.getTime()),
    tenantId: ctx.tenantId,
    brandId: plan.brandId,
    source: input.source,
    status: 'queued',
    total: plan.items.length,
    done: 0,
    options,
    codeIds: [],
    archiveKey: null,
    archiveBytes: null,
    error: null,
    createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : ctx.actor.apiKeyId,
    createdAt: now,
    finishedAt: null,
    expiresAt: null,
  }
  await ctx.d1.batch([
    ctx.d1.insert(qrBatches).values(row),
    auditInsert(ctx, {
      action: 'qr_code.batch_created',
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      target: { type: 'qr_batch', id: row.id },
      metadata: { source: input.source, codes: row.total, newCodes: adding, formats: input.formats },
    }),
  ])
  try {
    await enqueueQrBatch(ctx, { kind: 'qr.batch', batchId: row.id, tenantId: ctx.tenantId })
  } catch (error) {
    ctx.log.error('qr batch could not be queued', { batchId: row.id, error })
    await failBatch(ctx.d1, ctx.tenantId, row.id, 'The batch could not be queued', ctx.now())
    throw new ApiError('UNAVAILABLE', 'The batch could not be started; try again in a moment')
  }
  return { batch: toQrBatch(row, now), headers }
}
