// The first run through the real API, as the wizard drives it: sign up, brand, branch,
// template, publish, the live page answering, and the branch's QR code.
import { describe, expect, it } from 'vitest'
import { call } from '../../helpers/tenant.ts'
import { randomIp, signUp } from '../account/account-helpers.ts'
import { doneById } from './onboarding-helpers.ts'

describe('first run through the API', () => {
  it('goes from a new sign-up to a published branch page, step by step', async () => {
    const organisationName = `Glow Hair ${crypto.randomUUID().slice(0, 6)}`
    const signedUp = await signUp({ organisationName }, { 'cf-connecting-ip': randomIp() })
    expect(signedUp.status).toBe(201)
    const token: string = signedUp.body.accessToken
    const api = (path: string, body?: unknown) =>
      call(path, body === undefined ? { token } : { method: 'POST', token, body: JSON.stringify(body) })
    const status = async () => (await api('/api/v1/onboarding')).body

    const brand = await api('/api/v1/brands', { name: organisationName, colors: { primary: '#6d28d9' } })
    expect(brand.status).toBe(201)
    expect((await status()).nextStepId).toBe('branch')

    const branch = await api('/api/v1/branches', {
      brandId: brand.body.id,
      name: 'Main branch',
      phones: [{ label: 'Phone', number: '+1 415 555 0100' }],
      timezone: 'Europe/Paris',
    })
    expect(branch.status).toBe(201)
    let now = await status()
    expect(now.nextStepId).toBe('template')
    expect(now.context).toMatchObject({
      brandId: brand.body.id,
      branchId: branch.body.id,
      siteId: branch.body.siteId,
    })

    const templated = await api(`/api/v1/sites/${now.context.siteId}/template`, { template: 'salon' })
    expect(templated.status).toBe(200)
    now = await status()
    expect(doneById(now)).toEqual({
      brand: true,
      branch: true,
      template: true,
      publish: false,
      'qr-code': false,
    })
    expect(now.context.template).toBe('salon')

    expect((await api(`/api/v1/sites/${now.context.siteId}/publish`, {})).status).toBe(201)
    now = await status()
    expect(now).toMatchObject({ complete: true, nextStepId: 'qr-code' })
    const live = new URL(now.context.liveUrl)
    expect(live.pathname).toBe(`/${brand.body.slug}/${branch.body.slug}`)
    const page = await call(live.pathname)
    expect(page.status).toBe(200)
    expect(page.body).toContain('Main branch')

    // The last, optional step: the branch's front-door code, in the brand's colours by default.
    const code = await api('/api/v1/qr-codes', {
      kind: 'dynamic',
      label: 'Front door',
      brandId: brand.body.id,
      branchId: branch.body.id,
      target: { type: 'microsite', branchId: branch.body.id },
    })
    expect(code.status).toBe(201)
    expect(JSON.stringify(code.body.design)).toContain('#6d28d9')
    now = await status()
    expect(doneById(now)['qr-code']).toBe(true)
    expect(now).toMatchObject({ complete: true, nextStepId: null })
    const scan = await call(new URL(code.body.shortUrl).pathname, { redirect: 'manual' })
    expect(scan.status).toBe(302)
    expect(new URL(scan.headers.get('location') ?? '').pathname).toBe(live.pathname)
  })
})
