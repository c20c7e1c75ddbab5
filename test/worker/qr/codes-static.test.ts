// QR codes, creating static codes: Wi-Fi, text, SMS, e-mail, phone and vCard content escaped,
// fields a static code cannot honour refused, and content too long for its error correction.
import { describe, expect, it } from 'vitest'
import { createTestTenant } from '../../helpers/tenant.ts'
import { route } from './codes-helpers.ts'

describe('creating codes', () => {
  it.each([
    [
      { type: 'wifi', ssid: 'Café;Guest', password: 'p@ss:"1\\', encryption: 'WPA' },
      'WIFI:T:WPA;S:Café\\;Guest;P:p@ss\\:\\"1\\\\;;',
    ],
    [{ type: 'wifi', ssid: 'Open', encryption: 'nopass', hidden: true }, 'WIFI:T:nopass;S:Open;H:true;;'],
    [{ type: 'text', text: 'Hello, table 4' }, 'Hello, table 4'],
    [
      { type: 'sms', phone: '+91 98765-43210', message: 'Table 4: ready' },
      'SMSTO:+919876543210:Table 4: ready',
    ],
    [
      { type: 'email', to: 'hello@example.com', subject: 'Booking & more', body: 'Hi there\nTable for 2' },
      'mailto:hello@example.com?subject=Booking%20%26%20more&body=Hi%20there%0D%0ATable%20for%202',
    ],
    [{ type: 'phone', phone: '+1 (555) 010-2000' }, 'tel:+15550102000'],
  ])('makes a static %j code with escaped content', async (payload, content) => {
    const t = await createTestTenant()
    const res = await t.post('/api/v1/qr-codes', { kind: payload.type, label: 'Static', payload })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      kind: payload.type,
      content,
      shortUrl: null,
      state: 'static',
      targetUrl: null,
    })
    expect(await route(res.body.code)).toBeNull()
  })

  it('encodes a static vCard 3.0 with escaping', async () => {
    const t = await createTestTenant()
    const payload = {
      type: 'vcard',
      name: 'Asha Rao',
      organisation: 'Café; Bar, Ltd',
      phone: '+91 98765 43210',
      email: 'asha@example.com',
      url: 'https://example.com',
      address: '1 Main St\nPune',
    }
    const res = await t.post('/api/v1/qr-codes', { kind: 'vcard', label: 'Card', payload })
    expect(res.status).toBe(201)
    expect(res.body.content.split('\r\n')).toEqual([
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Rao;Asha;;;',
      'FN:Asha Rao',
      'ORG:Café\\; Bar\\, Ltd',
      'TEL;TYPE=CELL:+91 98765 43210',
      'EMAIL;TYPE=INTERNET:asha@example.com',
      'ADR:;;1 Main St\\nPune;;;;',
      'URL:https://example.com',
      'END:VCARD',
    ])
  })

  it('refuses fields a static code cannot honour, and a payload of another kind', async () => {
    const t = await createTestTenant()
    const res = await t.post('/api/v1/qr-codes', {
      kind: 'wifi',
      label: 'Wi-Fi',
      payload: { type: 'text', text: 'x' },
      password: 'secret1',
      target: { type: 'url', url: 'https://example.com' },
    })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'password',
      'payload.type',
      'target',
    ])
  })

  it('refuses content too long for a code at its error correction', async () => {
    const t = await createTestTenant()
    const payload = { type: 'vcard', name: 'Asha Rao', url: `https://example.com/${'a'.repeat(1500)}` }
    const atH = await t.post('/api/v1/qr-codes', {
      kind: 'vcard',
      label: 'Long',
      payload,
      design: { errorCorrection: 'H' },
    })
    expect(atH.status).toBe(400)
    expect(atH.body.errors[0]).toMatchObject({
      path: 'payload',
      message: expect.stringMatching(/at most 1273/),
    })
    const atL = await t.post('/api/v1/qr-codes', {
      kind: 'vcard',
      label: 'Long',
      payload,
      design: { errorCorrection: 'L' },
    })
    expect(atL.status).toBe(201)
  })
})
