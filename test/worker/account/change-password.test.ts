import { describe, expect, it } from 'vitest'
import { hashPassword } from '../../../worker/modules/auth/auth.passwords.ts'
import { call, createTestTenant } from '../../helpers/tenant.ts'
import { auditActions, login, PASSWORD, postJson } from './account-helpers.ts'

const NEW_PASSWORD = 'a-brand-new-password-2026'

describe('change password', () => {
  it('needs the current password, then keeps this session and ends the others', async () => {
    const t = await createTestTenant({ passwordHash: await hashPassword(PASSWORD) })
    const here = await login(t.email)
    const elsewhere = await login(t.email)
    const change = (currentPassword: string, newPassword: string) =>
      postJson('/api/v1/auth/password', { currentPassword, newPassword }, here.body.accessToken)

    const wrong = await change('not-the-password', NEW_PASSWORD)
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors).toEqual([{ path: 'currentPassword', message: expect.any(String) }])

    expect((await change(PASSWORD, NEW_PASSWORD)).status).toBe(204)
    expect((await call('/api/v1/auth/session', { token: here.body.accessToken })).status).toBe(200)
    expect((await call('/api/v1/auth/session', { token: elsewhere.body.accessToken })).status).toBe(401)
    expect((await login(t.email, PASSWORD)).status).toBe(401)
    expect((await login(t.email, NEW_PASSWORD)).status).toBe(201)
    expect(await auditActions(t.userId)).toContain('auth.password_changed')
  })

  it('refuses a new password that is too short', async () => {
    const t = await createTestTenant({ passwordHash: await hashPassword(PASSWORD) })
    const res = await t.post('/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: 'short' })
    expect(res.status).toBe(400)
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('newPassword')
  })
})
