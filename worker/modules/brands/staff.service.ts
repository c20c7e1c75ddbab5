import type { TenantCtx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { auditInsert } from '../audit/index.ts'
import { assertTenantImages, mediaRefs } from '../media/index.ts'
import { findMembershipOfUser } from '../team/index.ts'
import { type BranchWithBrand, findBranch } from './branches.repo.ts'
import { getBranchRowOrThrow, purgeBranch } from './branches.service.ts'
import { toStaffMember } from './brand-views.ts'
import type { CreateStaffBody, StaffMember, UpdateStaffBody } from './brands.schemas.ts'
import { chooseSlug, claimingSlug, slugAfterEdit } from './slug-choice.ts'
import { dropRedirectFrom, dropRedirectsTo, renameStatements } from './slug-store.ts'
import {
  deleteStaffRow,
  findStaff,
  insertStaff,
  listStaffRows,
  nextStaffPosition,
  type StaffRow,
  updateStaffRow,
} from './staff.repo.ts'

const staffScope = (branchId: string) => ({ kind: 'staff', scopeId: branchId }) as const
const pageOf = (row: BranchWithBrand) => ({ brandSlug: row.brandSlug, branchSlug: row.branch.slug })

export async function listStaff(ctx: TenantCtx, branchId: string): Promise<StaffMember[]> {
  const branch = await getBranchRowOrThrow(ctx, branchId)
  const rows = await listStaffRows(ctx.d1, ctx.tenantId, branchId)
  const refs = await mediaRefs(
    ctx.d1,
    ctx.tenantId,
    rows.map((r) => r.photoMediaId),
  )
  return rows.map((row) => toStaffMember(row, refs, pageOf(branch)))
}

async function toDto(ctx: TenantCtx, row: StaffRow, branch: BranchWithBrand) {
  return toStaffMember(row, await mediaRefs(ctx.d1, ctx.tenantId, [row.photoMediaId]), pageOf(branch))
}

/** The photo must be one of the tenant's images and the linked user one of its members. */
async function assertReferences(ctx: TenantCtx, body: UpdateStaffBody) {
  await assertTenantImages(ctx.d1, ctx.tenantId, [{ path: 'photoMediaId', id: body.photoMediaId }])
  if (body.userId && !(await findMembershipOfUser(ctx.d1, ctx.tenantId, body.userId))) {
    const message = `User ${body.userId} is not a member of this organisation`
    throw new ApiError('BAD_REQUEST', message, { errors: [{ path: 'userId', message }] })
  }
}

function staffColumns(body: UpdateStaffBody): Partial<StaffRow> {
  const { slug: _slug, ...fields } = body
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined))
}

export async function createStaff(
  ctx: TenantCtx,
  branchId: string,
  body: CreateStaffBody,
): Promise<StaffMember> {
  const branch = await getBranchRowOrThrow(ctx, branchId)
  if (branch.branch.archivedAt) throw new ApiError('GONE', `Branch ${branchId} is archived`)
  await assertReferences(ctx, body)
  const now = ctx.now()
  const id = newId('staffMember', now.getTime())
  const scope = staffScope(branchId)
  const slug = await chooseSlug(ctx.d1, scope, { explicit: body.slug, name: body.name, id })
  const row: StaffRow = {
    id,
    tenantId: ctx.tenantId,
    branchId,
    slug,
    name: body.name,
    title: body.title ?? null,
    bio: body.bio ?? null,
    photoMediaId: body.photoMediaId ?? null,
    phone: body.phone ?? null,
    whatsapp: body.whatsapp ?? null,
    email: body.email ?? null,
    userId: body.userId ?? null,
    position: body.position ?? (await nextStaffPosition(ctx.d1, ctx.tenantId, branchId)),
    published: body.published ?? true,
    updatedAt: null,
    createdAt: now,
  }
  await claimingSlug(
    slug,
    ctx.d1.batch([
      dropRedirectFrom(ctx.d1, scope, slug),
      insertStaff(ctx.d1, row),
      auditInsert(ctx, {
        action: 'staff.created',
        tenantId: ctx.tenantId,
        actor: ctx.actor,
        target: { type: 'staff_member', id },
        metadata: { branchId, name: body.name, slug },
      }),
    ]),
  )
  await purgeBranch(ctx, branch, [branch.branch.slug])
  return toDto(ctx, row, branch)
}

async function getStaffOrThrow(ctx: TenantCtx, staffMemberId: string) {
  const staff = await findStaff(ctx.d1, ctx.tenantId, ctx.actor.branchIds, staffMemberId)
  const branch = staff && (await findBranch(ctx.d1, ctx.tenantId, ctx.actor.branchIds, staff.branchId))
  if (!staff || !branch) throw new ApiError('NOT_FOUND', `Staff member ${staffMemberId} not found`)
  return { staff, branch }
}

export async function updateStaff(
  ctx: TenantCtx,
  staffMemberId: string,
  body: UpdateStaffBody,
): Promise<StaffMember> {
  const { staff, branch } = await getStaffOrThrow(ctx, staffMemberId)
  await assertReferences(ctx, body)
  const scope = staffScope(staff.branchId)
  const slug = await slugAfterEdit(ctx.d1, scope, staff, body.slug)
  const renamed = slug !== staff.slug
  const set = { ...staffColumns(body), slug, updatedAt: ctx.now() }
  await claimingSlug(
    slug,
    ctx.d1.batch([
      updateStaffRow(ctx.d1, ctx.tenantId, staffMemberId, set),
      ...(renamed
        ? renameStatements(ctx.d1, ctx.tenantId, scope, {
            from: staff.slug,
            to: slug,
            targetId: staffMemberId,
          })
        : []),
      auditInsert(ctx, {
        action: 'staff.updated',
        tenantId: ctx.tenantId,
        actor: ctx.actor,
        target: { type: 'staff_member', id: staffMemberId },
        metadata: { fields: Object.keys(body), ...(renamed && { slug: { from: staff.slug, to: slug } }) },
      }),
    ]),
  )
  await purgeBranch(ctx, branch, [branch.branch.slug])
  return toDto(ctx, { ...staff, ...set }, branch)
}

/** Removes the person and their old slugs: a printed card link then answers 404, not someone else. */
export async function removeStaff(ctx: TenantCtx, staffMemberId: string): Promise<void> {
  const { staff, branch } = await getStaffOrThrow(ctx, staffMemberId)
  await ctx.d1.batch([
    deleteStaffRow(ctx.d1, ctx.tenantId, staffMemberId),
    dropRedirectsTo(ctx.d1, ctx.tenantId, 'staff', staffMemberId),
    auditInsert(ctx, {
      action: 'staff.removed',
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      target: { type: 'staff_member', id: staffMemberId },
      metadata: { branchId: staff.branchId, name: staff.name },
    }),
  ])
  await purgeBranch(ctx, branch, [branch.branch.slug])
}
