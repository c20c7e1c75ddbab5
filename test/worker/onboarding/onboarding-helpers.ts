import { env } from 'cloudflare:test'
import { eq } from 'drizzle-orm'
import { d1 } from '../../../worker/lib/d1.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { membershipBranches, memberships, users } from '../../../worker/modules/auth/auth.tables.ts'
import type { Role } from '../../../worker/modules/auth/permissions.ts'
import { branches, brands } from '../../../worker/modules/brands/brands.tables.ts'
import { qrCodes } from '../../../worker/modules/qr/qr.tables.ts'
import { sites, siteVersions } from '../../../worker/modules/sites/sites.tables.ts'
import { tenants } from '../../../worker/modules/tenants/tenants.tables.ts'
import { call, sessionTokenFor, testSiteContent } from '../../helpers/tenant.ts'

const db = () => d1(env.DB)
const suffix = () => crypto.randomUUID().slice(0, 8)

/** A tenant as sign-up leaves it: the organisation and its owner, no brand, branch or site. */
export async function freshTenant(name = `Fresh ${suffix()}`) {
  const tenantId = newId('tenant')
  await db().insert(tenants).values({ id: tenantId, name, planId: 'plan_starter' })
  const owner = await addMember(tenantId, 'owner')
  return { tenantId, name, ...owner }
}

/** Another member of the tenant, optionally limited to some branches. */
export async function addMember(tenantId: string, role: Role, branchIds?: string[]) {
  const userId = newId('user')
  const membershipId = newId('membership')
  await db()
    .insert(users)
    .values({ id: userId, email: `member-${suffix()}@example.test`, name: 'Member', passwordHash: 'unset' })
  await db().insert(memberships).values({ id: membershipId, tenantId, userId, role })
  for (const branchId of branchIds ?? [])
    await db().insert(membershipBranches).values({ membershipId, branchId })
  const token = await sessionTokenFor(userId, tenantId)
  return { userId, token, onboarding: () => call('/api/v1/onboarding', { token }) }
}

export async function insertBrand(tenantId: string, createdAt = new Date()) {
  const brand = { id: newId('brand'), slug: `brand-${suffix()}` }
  await db()
    .insert(brands)
    .values({ ...brand, tenantId, name: 'Brand', primaryColor: '#7c3aed', createdAt })
  return brand
}

/** A branch with its site row, as creating a branch leaves them: no draft, nothing published. */
export async function insertBranch(tenantId: string, brandId: string, options: { archived?: boolean } = {}) {
  const branch = { id: newId('branch'), slug: `branch-${suffix()}`, siteId: newId('site') }
  await db()
    .insert(branches)
    .values({
      id: branch.id,
      tenantId,
      brandId,
      slug: branch.slug,
      name: 'Branch',
      archivedAt: options.archived ? new Date() : null,
    })
  await db().insert(sites).values({ id: branch.siteId, tenantId, branchId: branch.id })
  return branch
}

export async function setDraft(siteId: string, template: 'clinic' | 'restaurant') {
  await db()
    .update(sites)
    .set({ draft: { ...testSiteContent('Draft'), template }, draftUpdatedAt: new Date() })
    .where(eqSite(siteId))
}

export async function publish(tenantId: string, siteId: string) {
  const versionId = newId('siteVersion')
  await db()
    .insert(siteVersions)
    .values({
      id: versionId,
      tenantId,
      siteId,
      number: 1,
      content: testSiteContent('Live'),
      publishedAt: new Date(),
    })
  await db().update(sites).set({ publishedVersionId: versionId }).where(eqSite(siteId))
}

const eqSite = (siteId: string) => eq(sites.id, siteId)

/** A dynamic code sending scans to the branch's page, as the wizard's last step makes one. */
export async function insertBranchCode(
  tenantId: string,
  branchId: string,
  options: { archived?: boolean; paused?: boolean; expiresAt?: Date } = {},
) {
  const id = newId('qrCode')
  await db()
    .insert(qrCodes)
    .values({
      id,
      tenantId,
      code: crypto.randomUUID().replaceAll('-', '').slice(0, 12),
      kind: 'dynamic',
      branchId,
      label: 'Front door',
      target: { type: 'microsite', branchId },
      design: QR_DESIGN,
      status: options.paused ? 'paused' : 'active',
      expiresAt: options.expiresAt ?? null,
      archivedAt: options.archived ? new Date() : null,
    })
  return id
}

const QR_DESIGN = {
  foreground: '#111111',
  background: '#ffffff',
  moduleStyle: 'square',
  eyeStyle: 'square',
  logoMediaId: null,
  logoScale: 0.2,
  errorCorrection: 'M',
  quietZone: 4,
  frame: { style: 'none', text: '', color: '#111111', textColor: '#ffffff' },
} as const

export const doneById = (body: { steps: { id: string; done: boolean }[] }) =>
  Object.fromEntries(body.steps.map((s) => [s.id, s.done]))
