import { env } from 'cloudflare:test'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { MIN_PART_SIZE, openArchive } from '../../../worker/modules/privacy/export/archive.ts'

function randomText(bytes: number): string {
  const raw = new Uint8Array(bytes)
  for (let i = 0; i < bytes; i += 65_536) crypto.getRandomValues(raw.subarray(i, i + 65_536))
  return btoa(String.fromCharCode(...raw.subarray(0, 3 * Math.floor(bytes / 4))))
}

async function* pages(count: number, perPage: number) {
  for (let p = 0; p < count; p++)
    yield Array.from({ length: perPage }, (_, i) => ({ n: p * perPage + i, data: randomText(3072) }))
}

describe('export archive', () => {
  it('streams a large archive to R2 in multipart parts and reads back whole', async () => {
    const key = `test/${crypto.randomUUID()}.zip`
    const archive = openArchive(env.MEDIA, key, MIN_PART_SIZE)
    const count = await archive.addJsonArray('rows.json', pages(60, 100))
    await archive.addJson('manifest.json', { rows: count })
    const bytes = await archive.finish()
    expect(count).toBe(6000)
    // Random text barely compresses: more than two parts' worth went up.
    expect(bytes).toBeGreaterThan(2 * MIN_PART_SIZE)
    const object = await env.MEDIA.get(key)
    expect(object?.size).toBe(bytes)
    expect(object?.httpMetadata?.contentType).toBe('application/zip')
    const files = unzipSync(new Uint8Array(await object!.arrayBuffer()))
    const rows = JSON.parse(strFromU8(files['rows.json']!))
    expect(rows).toHaveLength(6000)
    expect(rows[5999].n).toBe(5999)
    expect(JSON.parse(strFromU8(files['manifest.json']!))).toEqual({ rows: 6000 })
  })

  it('stores a small archive with one put, and an empty array as []', async () => {
    const key = `test/${crypto.randomUUID()}.zip`
    const archive = openArchive(env.MEDIA, key)
    expect(await archive.addJsonArray('empty.json', pages(0, 0))).toBe(0)
    await archive.finish()
    const object = await env.MEDIA.get(key)
    const files = unzipSync(new Uint8Array(await object!.arrayBuffer()))
    expect(JSON.parse(strFromU8(files['empty.json']!))).toEqual([])
  })
})
