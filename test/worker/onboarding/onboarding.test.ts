import { describe, expect, it } from 'vitest'
import { ONBOARDING_STEPS } from '../../../worker/modules/onboarding/index.ts'
import { call, createTestTenant } from '../../helpers/tenant.ts'
import { randomIp, signUp } from '../account/account-helpers.ts'
import {
  addMember,
  doneById,
  freshTenant,
  insertBranch,
  insertBranchCode,
  insertBrand,
  publish,
  setDraft,
} from './onboarding-helpers.ts'

const ORIGIN = 'http://localhost:8787'

describe('GET /api/v1/onboarding', () => {
  it('shows a new sign-up every step still to do, starting with the brand', async () => {
    const organisationName = `Verma Dental ${crypto.randomUUID().slice(0, 6)}`
    const signedUp = await signUp({ organisationName }, { 'cf-connecting-ip': randomIp() })
    expect(signedUp.status).toBe(201)
    const res = await call('/api/v1/onboarding', { token: signedUp.body.accessToken })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      steps: ONBOARDING_STEPS.map(({ id, title, description, required }) => ({
        id,
        title,
        description,
        required,
        done: false,
      })),
      complete: false,
      nextStepId: 'brand',
      context: {
        brandId: null,
        branchId: null,
        siteId: null,
        template: null,
        liveUrl: null,
        organisationName,
      },
    })
  })

  it('marks each step done as the brand, branch, draft, published version and QR code appear', async () => {
    const t = await freshTenant()
    const brand = await insertBrand(t.tenantId)
    const none = { brand: false, branch: false, template: false, publish: false, 'qr-code': false }
    let res = await t.onboarding()
    expect(doneById(res.body)).toEqual({ ...none, brand: true })
    expect(res.body).toMatchObject({ complete: false, nextStepId: 'branch' })
    expect(res.body.context).toMatchObject({ brandId: brand.id, branchId: null, siteId: null })

    const branch = await insertBranch(t.tenantId, brand.id)
    res = await t.onboarding()
    expect(doneById(res.body)).toEqual({ ...none, brand: true, branch: true })
    expect(res.body.nextStepId).toBe('template')
    expect(res.body.context).toMatchObject({ branchId: branch.id, siteId: branch.siteId, template: null })

    await setDraft(branch.siteId, 'clinic')
    res = await t.onboarding()
    expect(doneById(res.body)).toEqual({ ...none, brand: true, branch: true, template: true })
    expect(res.body.nextStepId).toBe('publish')
    expect(res.body.context).toMatchObject({ template: 'clinic', liveUrl: null })

    await publish(t.tenantId, branch.siteId)
    res = await t.onboarding()
    expect(doneById(res.body)).toEqual({
      brand: true,
      branch: true,
      template: true,
      publish: true,
      'qr-code': false,
    })
    // The QR code is offered next but not required: the organisation counts as set up already.
    expect(res.body).toMatchObject({ complete: true, nextStepId: 'qr-code' })
    expect(res.body.context.liveUrl).toBe(`${ORIGIN}/${brand.slug}/${branch.slug}`)

    await insertBranchCode(t.tenantId, branch.id)
    res = await t.onboarding()
    expect(doneById(res.body)['qr-code']).toBe(true)
    expect(res.body).toMatchObject({ complete: true, nextStepId: null })
  })

  it('counts the QR code step done only for a live dynamic code aimed at the branch being set up', async () => {
    const t = await freshTenant()
    const brand = await insertBrand(t.tenantId)
    const branch = await insertBranch(t.tenantId, brand.id)
    const elsewhere = await insertBranch(t.tenantId, brand.id)
    await setDraft(branch.siteId, 'restaurant')
    const qrDone = async () => doneById((await t.onboarding()).body)['qr-code']

    await insertBranchCode(t.tenantId, elsewhere.id)
    await insertBranchCode(t.tenantId, branch.id, { archived: true })
    await insertBranchCode(t.tenantId, branch.id, { paused: true })
    await insertBranchCode(t.tenantId, branch.id, { expiresAt: new Date(Date.now() - 60_000) })
    // Another organisation's row naming this branch (it could never be made through the API).
    const other = await freshTenant()
    await insertBranchCode(other.tenantId, branch.id)
    expect((await t.onboarding()).body.context.branchId).toBe(branch.id)
    expect(await qrDone()).toBe(false)

    await insertBranchCode(t.tenantId, branch.id, { expiresAt: new Date(Date.now() + 86_400_000) })
    expect(await qrDone()).toBe(true)
  })

  it('counts a site published straight through the API, without a draft, as having a template', async () => {
    const t = await createTestTenant()
    const res = await t.get('/api/v1/onboarding')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ complete: true, nextStepId: 'qr-code' })
    expect(res.body.context).toMatchObject({
      brandId: t.brandId,
      branchId: t.branchId,
      siteId: t.siteId,
      liveUrl: `${ORIGIN}${t.pagePath}`,
    })
  })

  it('continues from the branch furthest along, and ignores archived branches', async () => {
    const t = await freshTenant()
    const older = await insertBrand(t.tenantId, new Date(Date.now() - 60_000))
    await insertBranch(t.tenantId, older.id)
    const newer = await insertBrand(t.tenantId)
    const drafted = await insertBranch(t.tenantId, newer.id)
    await setDraft(drafted.siteId, 'restaurant')
    const archived = await insertBranch(t.tenantId, newer.id, { archived: true })
    await publish(t.tenantId, archived.siteId)

    const res = await t.onboarding()
    expect(res.body.context).toMatchObject({
      brandId: newer.id,
      branchId: drafted.id,
      template: 'restaurant',
    })
    expect(res.body.nextStepId).toBe('publish')
  })

  it('answers a branch-scoped manager from their own branches only', async () => {
    const t = await freshTenant()
    const brand = await insertBrand(t.tenantId)
    const theirs = await insertBranch(t.tenantId, brand.id)
    const other = await insertBranch(t.tenantId, brand.id)
    await publish(t.tenantId, other.siteId)
    const manager = await addMember(t.tenantId, 'manager', [theirs.id])

    const res = await manager.onboarding()
    expect(res.status).toBe(200)
    expect(res.body.context).toMatchObject({ brandId: brand.id, branchId: theirs.id, liveUrl: null })
    expect(JSON.stringify(res.body)).not.toContain(other.id)
  })

  it('asks for a session', async () => {
    const res = await call('/api/v1/onboarding')
    expect(res.status).toBe(401)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
  })
})

describe('tenant isolation', () => {
  it("never reports another organisation's brand, branch or site", async () => {
    const other = await createTestTenant()
    const t = await freshTenant()
    const res = await t.onboarding()
    expect(res.body).toMatchObject({ complete: false, nextStepId: 'brand' })
    expect(res.body.context).toMatchObject({ brandId: null, branchId: null, siteId: null, liveUrl: null })
    for (const id of [other.tenantId, other.brandId, other.branchId, other.siteId, other.brandSlug]) {
      expect(JSON.stringify(res.body)).not.toContain(id)
    }
    // And the other way round: the set-up tenant sees its own ids, untouched by the fresh one.
    const theirs = await other.get('/api/v1/onboarding')
    expect(theirs.body.context.brandId).toBe(other.brandId)
    expect(JSON.stringify(theirs.body)).not.toContain(t.tenantId)
  })
})

describe('step registry', () => {
  it('has unique kebab-case ids and the four first-run steps in order, then the optional QR code', () => {
    const ids = ONBOARDING_STEPS.map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/)
    expect(ids.slice(0, 5)).toEqual(['brand', 'branch', 'template', 'publish', 'qr-code'])
    expect(ONBOARDING_STEPS.find((s) => s.id === 'qr-code')?.required).toBe(false)
  })
})
