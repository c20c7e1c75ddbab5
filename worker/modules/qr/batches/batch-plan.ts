// Turns a batch request into the list of codes it will print: which to reuse, which to create.
// Everything that can be wrong with the request is found here, before anything is written.
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { checkPublicHttpUrl } from '../../../lib/public-url.ts'
import { canSeeBranch } from '../../auth/index.ts'
import { TargetUrl } from '../qr.model.ts'
import {
  type BranchRef,
  findBranchesByKey,
  findBrandRow,
  findFrontDoorCodes,
  listBrandBranches,
} from './batch.repo.ts'
import type { BatchOptions, CreateQrBatch, PlannedCode } from './batch.schemas.ts'
import { CsvError, describeIssue, type PlacementRow, type RowIssue, readPlacementCsv } from './csv.ts'

export type BatchItem = BatchOptions['items'][number]

export interface BatchPlan {
  brandId: string | null
  items: BatchItem[]
  branchIds: string[]
}

export const newCodeCount = (plan: BatchPlan) => plan.items.filter((item) => 'create' in item).length

export function planBatch(ctx: TenantCtx, input: CreateQrBatch): Promise<BatchPlan> {
  return input.source === 'brand' ? planBrand(ctx, input.brandId) : planCsv(ctx, input.csv, input.brandId)
}

async function brandOrThrow(ctx: TenantCtx, brandId: string) {
  const brand = await findBrandRow(ctx.d1, ctx.tenantId, brandId)
  if (!brand) throw new ApiError('NOT_FOUND', `Brand ${brandId} not found`)
  return brand
}

/** Every open branch of the brand the actor may see, each with its front door (reused or new). */
async function planBrand(ctx: TenantCtx, brandId: string): Promise<BatchPlan> {
  await brandOrThrow(ctx, brandId)
  const branches = (await listBrandBranches(ctx.d1, ctx.tenantId, brandId)).filter((b) =>
    canSeeBranch(ctx.actor, b.id),
  )
  // A member limited to other branches cannot tell this brand from a missing one.
  if (branches.length === 0 && ctx.actor.branchIds !== null) {
    throw new ApiError('NOT_FOUND', `Brand ${brandId} not found`)
  }
  if (branches.length === 0) throw new ApiError('BAD_REQUEST', 'This brand has no branches yet')
  const doors = await findFrontDoorCodes(
    ctx.d1,
    ctx.tenantId,
    branches.map((b) => b.id),
    ctx.now(),
  )
  const items = branches.map((branch): BatchItem => {
    const existing = doors.get(branch.id)
    if (existing) return { reuse: existing }
    const create: PlannedCode = {
      label: `${branch.name} front door`,
      placement: 'front door',
      brandId,
      branchId: branch.id,
      targetUrl: null,
    }
    return { create }
  })
  return { brandId, items, branchIds: branches.map((b) => b.id) }
}

/** One new code per CSV row; every row problem is reported at once, with its row number. */
async function planCsv(ctx: TenantCtx, csv: string, brandId: string | undefined): Promise<BatchPlan> {
  if (brandId) await brandOrThrow(ctx, brandId)
  let read: { rows: PlacementRow[]; issues: RowIssue[] }
  try {
    read = readPlacementCsv(csv)
  } catch (error) {
    if (error instanceof CsvError) throw csvProblem(error.issues)
    throw error
  }
  const { rows, issues } = read
  const keys = [...new Set(rows.flatMap((r) => (r.branch ? [r.branch] : [])))]
  const known = (await findBranchesByKey(ctx.d1, ctx.tenantId, keys)).filter(
    (b) => canSeeBranch(ctx.actor, b.id) && (!brandId || b.brandId === brandId),
  )
  const items = rows.map(
    (row): BatchItem => ({ create: plannedRow(ctx, row, known, brandId ?? null, issues) }),
  )
  if (issues.length > 0) throw csvProblem(issues.sort((a, b) => a.row - b.row))
  const branchIds = [
    ...new Set(items.flatMap((i) => ('create' in i && i.create.branchId ? [i.create.branchId] : []))),
  ]
  return { brandId: brandId ?? null, items, branchIds }
}

function plannedRow(
  ctx: TenantCtx,
  row: PlacementRow,
  known: BranchRef[],
  brandId: string | null,
  issues: RowIssue[],
): PlannedCode {
  const branch = row.branch ? resolveBranch(row, known, issues) : null
  if (!row.branch && !row.targetUrl) {
    issues.push({ row: row.row, column: 'branch', message: 'Give a branch, a target_url, or both' })
  } else if (!row.branch && ctx.actor.branchIds !== null) {
    issues.push({ row: row.row, column: 'branch', message: 'Your access is limited to branches; name one' })
  }
  if (row.targetUrl) {
    const checked = checkPublicHttpUrl(row.targetUrl)
    const syntax = TargetUrl.safeParse(row.targetUrl)
    if (!checked.ok) issues.push({ row: row.row, column: 'target_url', message: checked.reason })
    else if (!syntax.success)
      issues.push({ row: row.row, column: 'target_url', message: syntax.error.issues[0]!.message })
  }
  return {
    label: row.label,
    placement: row.placement,
    brandId: branch?.brandId ?? brandId,
    branchId: branch?.id ?? null,
    targetUrl: row.targetUrl,
  }
}

function resolveBranch(row: PlacementRow, known: BranchRef[], issues: RowIssue[]): BranchRef | null {
  const key = row.branch!
  // An id names one branch; a slug is unique only within its brand.
  const matches = known.filter((b) => b.id === key || b.slug === key)
  if (matches.length === 1) return matches[0]!
  issues.push({
    row: row.row,
    column: 'branch',
    message:
      matches.length === 0
        ? `No branch "${key}" here`
        : `Several brands have a branch "${key}"; give brandId or the branch id`,
  })
  return null
}

const MAX_LISTED = 100

function csvProblem(issues: RowIssue[]): ApiError {
  const listed = issues.slice(0, MAX_LISTED)
  const more = issues.length > MAX_LISTED ? ` (the first ${MAX_LISTED} are listed)` : ''
  return new ApiError(
    'BAD_REQUEST',
    `The CSV has ${issues.length} problem${issues.length === 1 ? '' : 's'}${more}`,
    {
      errors: listed.map((issue) => ({
        path: `csv.rows.${issue.row}${issue.column ? `.${issue.column}` : ''}`,
        message: describeIssue(issue),
      })),
    },
  )
}
