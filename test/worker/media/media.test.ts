import { env, SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { d1 } from '../../../worker/lib/d1.ts'
import { mediaRefs } from '../../../worker/modules/media/index.ts'
import { call, createTestTenant } from '../../helpers/tenant.ts'
import { jpeg, png, text, upload } from './media-files.ts'

const MB = 1024 * 1024

describe('uploading media', () => {
  it('stores a PNG with its size, in R2 under the tenant, and lists it', async () => {
    const t = await createTestTenant()
    const res = await upload(t.token, {
      bytes: png(640, 480, 2048),
      name: 'shop front.png',
      type: 'image/png',
    })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      kind: 'image',
      contentType: 'image/png',
      bytes: 2048,
      width: 640,
      height: 480,
      fileName: 'shop front.png',
    })
    expect(res.body.url).toBe(`/media/${t.tenantId}/${res.body.id}.png`)
    const object = await env.MEDIA.head(`tenants/${t.tenantId}/media/${res.body.id}.png`)
    expect(object?.httpMetadata?.contentType).toBe('image/png')

    const list = await t.get('/api/v1/media?kind=image')
    expect(list.body.data.map((m: { id: string }) => m.id)).toEqual([res.body.id])
    expect((await t.get('/api/v1/media?kind=video')).body.data).toEqual([])
    expect((await t.get(`/api/v1/media/${res.body.id}`)).body.id).toBe(res.body.id)
  })

  it('reads a JPEG’s size from its frame header, whatever the declared type', async () => {
    const t = await createTestTenant()
    const res = await upload(t.token, {
      bytes: jpeg(1200, 800),
      name: 'photo.bin',
      type: 'application/octet-stream',
    })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ contentType: 'image/jpeg', width: 1200, height: 800 })
    expect(res.body.url).toMatch(/\.jpg$/)
  })

  it('refuses a text file named x.png, by its bytes', async () => {
    const t = await createTestTenant()
    const res = await upload(t.token, {
      bytes: text('just some text, honestly'),
      name: 'x.png',
      type: 'image/png',
    })
    expect(res.status).toBe(415)
    expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE')
    expect(res.body.detail).toContain('PNG, JPEG, WebP, GIF or AVIF')
    expect((await t.get('/api/v1/media')).body.data).toEqual([])
  })

  it('refuses SVG, naming why and what is accepted', async () => {
    const t = await createTestTenant()
    const svg = text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    const res = await upload(t.token, { bytes: svg, name: 'logo.svg', type: 'image/svg+xml' })
    expect(res.status).toBe(415)
    expect(res.body.detail).toMatch(/SVG .* not accepted/)
  })

  it('refuses an image over 5 MB with 413 naming the limit', async () => {
    const t = await createTestTenant()
    const res = await upload(t.token, {
      bytes: png(100, 100, 5 * MB + 1),
      name: 'big.png',
      type: 'image/png',
    })
    expect(res.status).toBe(413)
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE')
    expect(res.body.detail).toContain('5 MB')
  })

  it('refuses a body over the upload limit before reading it whole', async () => {
    const t = await createTestTenant()
    const res = await upload(t.token, { bytes: png(100, 100, 26 * MB), name: 'huge.png', type: 'image/png' })
    expect(res.status).toBe(413)
    expect(res.body.detail).toContain('25 MB')
  })

  it('refuses images over 8000 pixels a side', async () => {
    const t = await createTestTenant()
    const res = await upload(t.token, { bytes: png(9000, 10), name: 'wide.png', type: 'image/png' })
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual([{ path: 'file', message: expect.stringContaining('8000 pixels') }])
  })

  it('refuses a JSON body and a form without a file', async () => {
    const t = await createTestTenant()
    const json = await t.post('/api/v1/media', { file: 'x' })
    expect(json.status).toBe(415)
    const form = new FormData()
    form.append('alt', 'no file here')
    const res = await SELF.fetch('http://localhost/api/v1/media', {
      method: 'POST',
      headers: { authorization: `Bearer ${t.token}` },
      body: form,
    })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { errors: unknown[] }).errors).toEqual([
      { path: 'file', message: expect.any(String) },
    ])
  })

  it('still holds every other API body to JSON and 64 KB', async () => {
    const t = await createTestTenant()
    const form = new FormData()
    form.append('file', new File([png(10, 10)], 'a.png'))
    const res = await SELF.fetch('http://localhost/api/v1/api-keys', {
      method: 'POST',
      headers: { authorization: `Bearer ${t.token}` },
      body: form,
    })
    expect(res.status).toBe(415)
  })
})

describe('serving media', () => {
  const FILE_HEADERS = {
    'cache-control': 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'",
  }

  it('serves the bytes with long cache headers on our host and on a custom host, and 304 on a match', async () => {
    const t = await createTestTenant()
    const bytes = png(32, 32, 300)
    const { body: asset } = await upload(t.token, { bytes, name: 'a.png', type: 'text/plain' })
    for (const host of ['localhost', 'shop-media.example.test']) {
      const res = await SELF.fetch(`http://${host}${asset.url}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('image/png')
      for (const [name, value] of Object.entries(FILE_HEADERS)) expect(res.headers.get(name)).toBe(value)
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes)
      const etag = res.headers.get('etag')
      expect(etag).toBeTruthy()
      const again = await SELF.fetch(`http://${host}${asset.url}`, { headers: { 'if-none-match': etag! } })
      expect(again.status).toBe(304)
      expect(again.headers.get('cache-control')).toBe(FILE_HEADERS['cache-control'])
    }
  })

  it('answers a byte range, as video players ask', async () => {
    const t = await createTestTenant()
    const { body: asset } = await upload(t.token, {
      bytes: png(8, 8, 1000),
      name: 'a.png',
      type: 'image/png',
    })
    const res = await SELF.fetch(`http://localhost${asset.url}`, { headers: { range: 'bytes=0-99' } })
    expect(res.status).toBe(206)
    expect(res.headers.get('content-range')).toBe('bytes 0-99/1000')
    expect((await res.arrayBuffer()).byteLength).toBe(100)
  })

  it('answers a 404 page for unknown files and malformed paths', async () => {
    const t = await createTestTenant()
    const missing = await call(`/media/${t.tenantId}/med_01JD3Q9W2Z8K5V7M4N6P0R1S2T.png`)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('content-type')).toContain('text/html')
    expect((await call(`/media/${t.tenantId}/../secrets.png`)).status).toBe(404)
    expect((await call(`/media/${t.tenantId}/x.svg`)).status).toBe(404)
  })
})

describe('deleting media', () => {
  it('removes the bytes and the row, and purges the tenant’s cached pages', async () => {
    const t = await createTestTenant()
    const { body: asset } = await upload(t.token, { bytes: png(8, 8), name: 'a.png', type: 'image/png' })
    await call(t.pagePath)
    expect(await env.SITE_CACHE.get(`page:platform:${t.pagePath}`)).not.toBeNull()
    const res = await call(`/api/v1/media/${asset.id}`, { method: 'DELETE', token: t.token })
    expect(res.status).toBe(204)
    expect((await call(asset.url)).status).toBe(404)
    expect((await t.get(`/api/v1/media/${asset.id}`)).status).toBe(404)
    expect(await env.SITE_CACHE.get(`page:platform:${t.pagePath}`)).toBeNull()
    const audit = await env.DB.prepare(
      'select action from audit_events where tenant_id = ? order by created_at',
    )
      .bind(t.tenantId)
      .all<{ action: string }>()
    expect(audit.results.map((r) => r.action)).toEqual(['media.uploaded', 'media.deleted'])
  })
})

describe('media permissions and isolation', () => {
  it('lets viewers list but not upload', async () => {
    const t = await createTestTenant({ role: 'viewer' })
    expect((await t.get('/api/v1/media')).status).toBe(200)
    const res = await upload(t.token, { bytes: png(8, 8), name: 'a.png', type: 'image/png' })
    expect(res.status).toBe(403)
  })

  it('hides another tenant’s media: 404 on read and delete, absent from lists and refs', async () => {
    const a = await createTestTenant()
    const b = await createTestTenant()
    const { body: asset } = await upload(a.token, { bytes: png(8, 8), name: 'a.png', type: 'image/png' })
    expect((await b.get(`/api/v1/media/${asset.id}`)).status).toBe(404)
    expect((await call(`/api/v1/media/${asset.id}`, { method: 'DELETE', token: b.token })).status).toBe(404)
    expect((await b.get('/api/v1/media')).body.data).toEqual([])
    expect((await mediaRefs(d1(env.DB), b.tenantId, [asset.id])).size).toBe(0)
    expect((await mediaRefs(d1(env.DB), a.tenantId, [asset.id])).get(asset.id)).toEqual({
      id: asset.id,
      url: asset.url,
    })
  })

  it('lets a manager limited to a branch delete only their own uploads', async () => {
    const owner = await createTestTenant()
    const { body: logo } = await upload(owner.token, {
      bytes: png(8, 8),
      name: 'logo.png',
      type: 'image/png',
    })
    const manager = await createTestTenant({ role: 'manager', branchScoped: true })
    const own = await upload(manager.token, { bytes: png(8, 8), name: 'mine.png', type: 'image/png' })
    expect(own.status).toBe(201)
    expect(
      (await call(`/api/v1/media/${own.body.id}`, { method: 'DELETE', token: manager.token })).status,
    ).toBe(204)
    // Same tenant, someone else's upload: move the owner's file into the manager's tenant.
    await env.DB.prepare('update media_assets set tenant_id = ? where id = ?')
      .bind(manager.tenantId, logo.id)
      .run()
    const res = await call(`/api/v1/media/${logo.id}`, { method: 'DELETE', token: manager.token })
    expect(res.status).toBe(403)
  })

  it('pages with a cursor', async () => {
    const t = await createTestTenant()
    for (let i = 0; i < 3; i++)
      await upload(t.token, { bytes: png(8, 8), name: `${i}.png`, type: 'image/png' })
    const first = await t.get('/api/v1/media?limit=2')
    expect(first.body.data.map((m: { fileName: string }) => m.fileName)).toEqual(['2.png', '1.png'])
    const second = await t.get(`/api/v1/media?limit=2&cursor=${first.body.nextCursor}`)
    expect(second.body.data.map((m: { fileName: string }) => m.fileName)).toEqual(['0.png'])
    expect(second.body.nextCursor).toBeNull()
    expect((await t.get('/api/v1/media?cursor=nonsense')).status).toBe(400)
  })
})
