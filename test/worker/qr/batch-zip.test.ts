// The batch ZIP writer on real R2: past one part it switches to a multipart upload, and an
// aborted archive leaves nothing under its key.
import { env } from 'cloudflare:test'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { openZipUpload } from '../../../worker/lib/r2-zip-upload.ts'

const MB = 1024 * 1024
const pattern = (bytes: number, seed: number) =>
  Uint8Array.from({ length: bytes }, (_, i) => (i * 31 + seed) & 255)

describe('batch ZIP upload', () => {
  it('streams an archive larger than one part in parts, and reads back whole', async () => {
    const key = `test/qr-batches/${crypto.randomUUID()}.zip`
    const zip = openZipUpload(env.MEDIA, key)
    const big = [pattern(5 * MB, 1), pattern(5 * MB, 2)]
    await zip.add('png/a.png', big[0]!, { store: true })
    await zip.add('png/b.png', big[1]!, { store: true })
    await zip.add('codes.csv', '"label"\r\n"Table 1"\r\n')
    const bytes = await zip.finish()
    const object = await env.MEDIA.get(key)
    expect(object?.size).toBe(bytes)
    expect(object?.httpMetadata?.contentType).toBe('application/zip')
    const files = unzipSync(new Uint8Array(await object!.arrayBuffer()))
    expect(Object.keys(files)).toEqual(['png/a.png', 'png/b.png', 'codes.csv'])
    expect(files['png/a.png']).toEqual(big[0])
    expect(files['png/b.png']).toEqual(big[1])
    expect(strFromU8(files['codes.csv']!)).toBe('"label"\r\n"Table 1"\r\n')
  })

  it('leaves no object when aborted, small or past the first part', async () => {
    for (const size of [1024, 9 * MB]) {
      const key = `test/qr-batches/${crypto.randomUUID()}.zip`
      const zip = openZipUpload(env.MEDIA, key)
      await zip.add('png/a.png', pattern(size, 3), { store: true })
      await zip.abort()
      expect(await env.MEDIA.head(key)).toBeNull()
    }
  })
})
