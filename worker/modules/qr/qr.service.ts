// Creating, changing and archiving QR codes. Every save of a dynamic code writes its KV route,
// so a scan (and a retarget) never waits on D1.
import type { Ctx, TenantCtx } from '../../context.ts'
import { ApiError, type FieldIssue } from '../../lib/errors.ts'
import { idPattern, newId } from '../../lib/ids.ts'
import { auditInsert } from '../audit/index.ts'
import { canSeeBranch, hashPassword } from '../auth/index.ts'
import { assertWithinLimit } from '../billing/index.ts'
import { codeContent } from './code-content.ts'
import { DEFAULT_QR_DESIGN, designFromBrand } from './design/defaults.ts'
import { checkDesign } from './design/design-rules.ts'
import { QrDesign } from './qr.model.ts'
import * as repo from './qr.repo.ts'
import type { CreateQrCode, QrCode, UpdateQrCode } from './qr.schemas.ts'
import { toQrCodes, toQrCodeView } from './qr-views.ts'
import { loadQrLogo } from './render/logo.ts'
import { brandLook, putQrRoute, qrRouteFor, rewriteQrRoute } from './route-store.ts'
import { isShortCodeCollision, newShortCode } from './short-code.ts'
import { checkFits, checkKindFields } from './static/static-checks.ts'
import { type BranchLookup, branchLookup } from './targets/branch-lookup.ts'
import { type CodeTargets, type ResolvedTargets, resolveTargets } from './targets/destinations.ts'
import { type CodePlacement, placeCode, targetBranchId } from './targets/placement.ts'

const MAX_CODE_ATTEMPTS = 5

const refuseIfAny = (issues: FieldIssue[]) => {
  if (issues.length)
    throw new ApiError('BAD_REQUEST', issues.map((i) => i.message).join('; '), { errors: issues })
}

/** Scoped members see their branches' codes only; a code without a branch is brand level. */
export const visibleTo = (ctx: TenantCtx, row: Pick<repo.QrCodeRow, 'branchId'>) =>
  row.branchId ? canSeeBranch(ctx.actor, row.branchId) : ctx.actor.branchIds === null

/** A live code the actor may see (others look missing). */
export async function visibleRow(ctx: TenantCtx, id: string): Promise<repo.QrCodeRow> {
  const row = await repo.findCodeRow(ctx.d1, ctx.tenantId, id)
  if (!row || !visibleTo(ctx, row)) throw new ApiError('NOT_FOUND', `QR code ${id} not found`)
  return row
}

/** Contrast and frame refusals, and the logo (an image of this tenant, small enough). */
async function assertDesign(ctx: TenantCtx, design: QrDesign, checkLogo: boolean): Promise<void> {
  const { errors } = checkDesign(design, { hasLogo: design.logoMediaId !== null })
  refuseIfAny(errors.map((e) => ({ path: e.field, message: e.message })))
  if (checkLogo && design.logoMediaId) await loadQrLogo(ctx, ctx.tenantId, design.logoMediaId)
}

function parseExpiry(
  value: string | null | undefined,
  now: Date,
  issues: FieldIssue[],
): Date | null | undefined {
  if (value === undefined || value === null) return value
  const at = new Date(value)
  if (at.getTime() <= now.getTime())
    issues.push({ path: 'expiresAt', message: 'The expiry must be in the future' })
  return at
}

/** Resolves (and checks) every target; the actor may name its own branches and those already named. */
async function destinations(
  ctx: TenantCtx,
  lookup: BranchLookup,
  input: CodeTargets,
  issues: FieldIssue[],
  alreadyNamed: Set<string> = new Set(),
): Promise<ResolvedTargets & { url: string | null }> {
  return resolveTargets(
    {
      lookup,
      origin: ctx.config.PUBLIC_ORIGIN,
      canUseBranch: (id) => canSeeBranch(ctx.actor, id) || alreadyNamed.has(id),
      strict: true,
      issues,
    },
    input,
  )
}

const namedBranches = (row: repo.QrCodeRow) =>
  new Set(
    [row.branchId, targetBranchId(row.target), ...row.rules.map((r) => targetBranchId(r.target))].filter(
      (id): id is string => !!id,
    ),
  )

/** Kind-specific refusals for a create body: what it lacks and what it may not carry. */
function checkCreateShape(body: CreateQrCode, issues: FieldIssue[]): void {
  checkKindFields(body.kind, body, issues)
  if (body.kind === 'dynamic' && !body.target)
    issues.push({ path: 'target', message: 'A dynamic code needs a target' })
  if (body.kind !== 'dynamic' && !body.payload)
    issues.push({ path: 'payload', message: `A ${body.kind} code needs a payload` })
}

/** The row a create body describes, with a fresh short code and the brand's design under the given one. */
function newCodeRow(
  ctx: TenantCtx,
  body: CreateQrCode,
  place: CodePlacement,
  issues: FieldIssue[],
): repo.QrCodeRow {
  const now = ctx.now()
  const dynamic = body.kind === 'dynamic'
  const brandDesign = place.colors ? designFromBrand(place.colors) : DEFAULT_QR_DESIGN
  return {
    id: newId('qrCode', now.getTime()),
    tenantId: ctx.tenantId,
    code: newShortCode(),
    kind: body.kind,
    brandId: place.brandId,
    branchId: place.branchId,
    label: body.label,
    placement: body.placement ?? null,
    target: dynamic ? (body.target ?? null) : null,
    rules: dynamic ? body.rules : [],
    // A missing utm means the standard tags; null means none.
    utm: dynamic ? (body.utm === undefined ? { source: 'qr', medium: 'print' } : body.utm) : null,
    payload: dynamic ? null : (body.payload ?? null),
    design: QrDesign.parse({ ...brandDesign, ...body.design }),
    passwordHash: null,
    scanLimit: body.scanLimit ?? null,
    status: body.status,
    expiresAt: parseExpiry(body.expiresAt, now, issues) ?? null,
    createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    createdAt: now,
    updatedAt: null,
    archivedAt: null,
  }
}

export async function createCode(ctx: TenantCtx, body: CreateQrCode): Promise<QrCode> {
  const issues: FieldIssue[] = []
  const lookup = branchLookup(ctx.d1, ctx.tenantId)
  checkCreateShape(body, issues)
  const wanted = { brandId: body.brandId ?? null, branchId: body.branchId ?? targetBranchId(body.target) }
  const row = newCodeRow(ctx, body, await placeCode(ctx, lookup, wanted, issues), issues)
  if (row.payload) checkFits(codeContent(ctx.config.PUBLIC_ORIGIN, row), row.design, issues)
  const resolve = (into: FieldIssue[]) =>
    row.target ? destinations(ctx, lookup, { ...row, target: row.target }, into) : Promise.resolve(null)
  const targets = await resolve(issues)
  refuseIfAny(issues)
  await assertDesign(ctx, row.design, true)
  if (row.kind === 'dynamic')
    await assertWithinLimit(
      ctx.d1,
      ctx.tenantId,
      'dynamicQrCodes',
      await repo.countLiveDynamicCodes(ctx.d1, ctx.tenantId),
    )
  if (body.password) row.passwordHash = await hashPassword(body.password)
  const drawn = row.code
  await insertWithFreshCode(ctx, row)
  // Destinations carry `qr={code}`: redo them (from memory, no reads) if the code was redrawn.
  return saved(ctx, row, row.code === drawn ? targets : await resolve([]))
}

/** Inserts the row with its audit record, drawing a new short code if the first is taken. */
async function insertWithFreshCode(ctx: TenantCtx, row: repo.QrCodeRow): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await ctx.d1.batch([
        repo.insertCode(ctx.d1, row),
        auditInsert(ctx, {
          action: 'qr_code.created',
          tenantId: ctx.tenantId,
          actor: ctx.actor,
          target: { type: 'qr_code', id: row.id },
          metadata: { code: row.code, kind: row.kind, label: row.label },
        }),
      ])
      return
    } catch (error) {
      if (!isShortCodeCollision(error) || attempt >= MAX_CODE_ATTEMPTS) throw error
      row.code = newShortCode()
    }
  }
}

/** Writes the KV route of a saved dynamic code and answers its view. */
async function saved(ctx: TenantCtx, row: repo.QrCodeRow, targets: ResolvedTargets | null): Promise<QrCode> {
  if (!targets?.url) return toQrCodeView(ctx, row, null)
  const route = qrRouteFor(
    row,
    { ...targets, url: targets.url },
    await brandLook(ctx.d1, ctx.tenantId, row.brandId),
  )
  await putQrRoute(ctx, route, row.code)
  return toQrCodeView(ctx, row, targets.url)
}

type Changes = Partial<repo.QrCodeRow>

/** The columns an update sets, checked; `issues` collects what is refused. */
async function changesFor(
  ctx: TenantCtx,
  row: repo.QrCodeRow,
  body: UpdateQrCode,
  lookup: BranchLookup,
  issues: FieldIssue[],
): Promise<Changes> {
  checkKindFields(row.kind, body, issues)
  const { password, expiresAt, branchId, ...plain } = body
  const changes: Changes = { ...plain }
  if (branchId !== undefined && branchId !== row.branchId) {
    const place = await placeCode(ctx, lookup, { brandId: null, branchId }, issues)
    changes.branchId = place.branchId
    if (place.brandId) changes.brandId = place.brandId
  }
  const expiry = parseExpiry(expiresAt, ctx.now(), issues)
  if (expiry !== undefined) changes.expiresAt = expiry
  if (password !== undefined) changes.passwordHash = password === null ? null : await hashPassword(password)
  return changes
}

export async function updateCode(ctx: TenantCtx, id: string, body: UpdateQrCode): Promise<QrCode> {
  const row = await visibleRow(ctx, id)
  const issues: FieldIssue[] = []
  const lookup = branchLookup(ctx.d1, ctx.tenantId)
  const changes = await changesFor(ctx, row, body, lookup, issues)
  const next: repo.QrCodeRow = { ...row, ...changes, updatedAt: ctx.now() }
  if (next.kind !== 'dynamic') checkFits(codeContent(ctx.config.PUBLIC_ORIGIN, next), next.design, issues)
  const targets = next.target
    ? await destinations(ctx, lookup, { ...next, target: next.target }, issues, namedBranches(row))
    : null
  refuseIfAny(issues)
  if (body.design) await assertDesign(ctx, next.design, body.design.logoMediaId !== row.design.logoMediaId)
  await ctx.d1.batch([
    repo.updateCodeRow(ctx.d1, ctx.tenantId, id, { ...changes, updatedAt: next.updatedAt }),
    auditInsert(ctx, {
      action: 'qr_code.updated',
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      target: { type: 'qr_code', id },
      metadata: { code: row.code, fields: Object.keys(body).sort() },
    }),
  ])
  return saved(ctx, next, targets)
}

/** The code leaves the dashboard; its link answers 410 and its scan history stays. */
export async function archiveCode(ctx: TenantCtx, id: string): Promise<void> {
  const row = await visibleRow(ctx, id)
  const now = ctx.now()
  await ctx.d1.batch([
    repo.updateCodeRow(ctx.d1, ctx.tenantId, id, { archivedAt: now, updatedAt: now }),
    auditInsert(ctx, {
      action: 'qr_code.archived',
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      target: { type: 'qr_code', id },
      metadata: { code: row.code, label: row.label },
    }),
  ])
  await rewriteQrRoute(ctx, { ...row, archivedAt: now, updatedAt: now })
}

export const getCode = async (ctx: TenantCtx, id: string): Promise<QrCode> =>
  toQrCodeView(ctx, await visibleRow(ctx, id))

export interface ListCodesQuery extends repo.CodeFilters {
  cursor?: string
  limit: number
}

export async function listCodes(
  ctx: TenantCtx,
  query: ListCodesQuery,
): Promise<{ data: QrCode[]; nextCursor: string | null }> {
  const { cursor, limit, ...filters } = query
  if (cursor && !idPattern('qrCode').test(cursor))
    throw new ApiError('BAD_REQUEST', 'The cursor is not one this API gave out')
  const rows = await repo.listCodes(ctx.d1, ctx.tenantId, ctx.actor.branchIds, filters, {
    limit: limit + 1,
    before: cursor,
  })
  const page = rows.slice(0, limit)
  return {
    data: await toQrCodes(ctx, page),
    nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  }
}

/**
 * Rewrites the KV routes of every live code that names the branch, after something their
 * destinations depend on changed (its slug, a custom hostname, its sections, its WhatsApp
 * number, its time zone). Returns how many routes were written.
 */
export async function refreshQrRoutesForBranch(
  ctx: Ctx,
  tenantId: string,
  branchId: string,
): Promise<number> {
  const rows = await repo.codesNamingBranch(ctx.d1, tenantId, branchId)
  const lookup = branchLookup(ctx.d1, tenantId)
  let written = 0
  for (const row of rows) if (await rewriteQrRoute(ctx, row, lookup)) written++
  return written
}
