import { env, SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { signFileLink } from '../../../../worker/modules/crm/files/file-links.ts'
import { createTestTenant, TEST_SECRET } from '../../../helpers/tenant.ts'
import { pdf, png, seedContact, text, uploadAttachment } from './files-fixtures.ts'

const pathOf = (url: string) => new URL(url).pathname
const fetchFile = (url: string) => SELF.fetch(`http://localhost${pathOf(url)}`)

async function attached(bytes: Uint8Array, name: string) {
  const t = await createTestTenant()
  const entityId = await seedContact(t)
  const res = await uploadAttachment(t.token, { bytes, name }, { entity: 'contact', entityId })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return { t, entityId, attachment: res.body as { id: string } }
}

describe('signed links', () => {
  it('serve the file for five minutes: inline to preview, as a download otherwise', async () => {
    const bytes = pdf(2000)
    const { t, attachment } = await attached(bytes, 'Quote "final" é.pdf')
    const links = await t.get(`/api/v1/attachments/${attachment.id}/url`)
    expect(links.status).toBe(200)
    const ttl = Date.parse(links.body.expiresAt) - Date.now()
    expect(ttl).toBeGreaterThan(4 * 60_000)
    expect(ttl).toBeLessThanOrEqual(5 * 60_000)
    expect(pathOf(links.body.url)).toMatch(/^\/files\/att_/)

    const view = await fetchFile(links.body.url)
    expect(view.status).toBe(200)
    expect(new Uint8Array(await view.arrayBuffer())).toEqual(bytes)
    expect(view.headers.get('content-type')).toBe('application/pdf')
    expect(view.headers.get('x-content-type-options')).toBe('nosniff')
    expect(view.headers.get('content-disposition')).toMatch(
      /^inline; filename="Quote _final_ _\.pdf"; filename\*=UTF-8''Quote%20%22final%22%20%C3%A9\.pdf$/,
    )

    const download = await fetchFile(links.body.downloadUrl)
    expect(download.status).toBe(200)
    expect(download.headers.get('content-disposition')).toMatch(/^attachment;/)
    expect(download.headers.get('content-security-policy')).toContain('sandbox')
    await download.arrayBuffer()
  })

  it('show images inline in a sandbox and always download other types', async () => {
    const image = await attached(png(), 'photo.png')
    const imageLinks = (await image.t.get(`/api/v1/attachments/${image.attachment.id}/url`)).body
    const shown = await fetchFile(imageLinks.url)
    expect(shown.headers.get('content-disposition')).toMatch(/^inline;/)
    expect(shown.headers.get('content-security-policy')).toContain('sandbox')
    await shown.arrayBuffer()
    const note = await attached(text('hello'), 'hello.txt')
    const noteLinks = (await note.t.get(`/api/v1/attachments/${note.attachment.id}/url`)).body
    const saved = await fetchFile(noteLinks.url)
    expect(saved.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(saved.headers.get('content-disposition')).toMatch(/^attachment;/)
    expect(saved.headers.get('content-security-policy')).toContain('sandbox')
    await saved.arrayBuffer()
  })

  it('refuse forged, altered and expired links with 403', async () => {
    const { t, attachment } = await attached(pdf(), 'a.pdf')
    const { url } = (await t.get(`/api/v1/attachments/${attachment.id}/url`)).body
    const token = pathOf(url).slice('/files/'.length)
    const forged = token.slice(0, -1) + (token.endsWith('0') ? '1' : '0')
    const [id, tenant, expires, , mac] = token.split('.')
    const altered = [id, tenant, Number(expires) + 3600, 'i', mac].join('.')
    const asDownload = [id, tenant, expires, 'a', mac].join('.')
    for (const bad of [forged, altered, asDownload, 'att_x.ten_y.1.i.00', 'nonsense']) {
      const res = await SELF.fetch(`http://localhost/files/${bad}`)
      expect(res.status, bad).toBe(403)
      expect(await res.text()).toContain('not valid')
    }
    const old = await signFileLink(
      TEST_SECRET,
      { attachmentId: attachment.id, tenantId: t.tenantId, mode: 'i' },
      new Date(Date.now() - 6 * 60_000),
    )
    const expired = await SELF.fetch(`http://localhost/files/${old.token}`)
    expect(expired.status).toBe(403)
    expect(await expired.text()).toContain('expired')
  })

  it('stop working once the file is deleted, whose bytes leave R2', async () => {
    const { t, attachment, entityId } = await attached(pdf(), 'a.pdf')
    const { url } = (await t.get(`/api/v1/attachments/${attachment.id}/url`)).body
    expect((await t.get(`/api/v1/attachments/${attachment.id}`, { method: 'DELETE' })).status).toBe(204)
    const res = await fetchFile(url)
    expect(res.status).toBe(404)
    await res.text()
    expect(await env.MEDIA.get(`crm/${t.tenantId}/${attachment.id}`)).toBeNull()
    expect((await t.get(`/api/v1/attachments?entity=contact&entityId=${entityId}`)).body.items).toEqual([])
    expect((await t.get(`/api/v1/attachments/${attachment.id}/url`)).status).toBe(404)
    expect((await t.get(`/api/v1/attachments/${attachment.id}`, { method: 'DELETE' })).status).toBe(404)
  })
})

describe('tenant isolation', () => {
  it("answers 404 for another tenant's attachment and record", async () => {
    const { t, attachment, entityId } = await attached(pdf(), 'private.pdf')
    const other = await createTestTenant()
    expect((await other.get(`/api/v1/attachments/${attachment.id}/url`)).status).toBe(404)
    expect((await other.get(`/api/v1/attachments/${attachment.id}`, { method: 'DELETE' })).status).toBe(404)
    expect((await other.get(`/api/v1/attachments?entity=contact&entityId=${entityId}`)).status).toBe(404)
    const upload = await uploadAttachment(
      other.token,
      { bytes: pdf(), name: 'x.pdf' },
      { entity: 'contact', entityId },
    )
    expect(upload.status).toBe(404)
    // A link of the other tenant naming A's attachment is a link to nothing.
    const crossed = await signFileLink(
      TEST_SECRET,
      { attachmentId: attachment.id, tenantId: other.tenantId, mode: 'a' },
      new Date(),
    )
    const res = await SELF.fetch(`http://localhost/files/${crossed.token}`)
    expect(res.status).toBe(404)
    await res.text()
    expect((await t.get(`/api/v1/attachments?entity=contact&entityId=${entityId}`)).body.items).toHaveLength(
      1,
    )
  })
})
