import { SELF } from 'cloudflare:test'

/** Files built byte by byte, so each test says exactly what the server sees. */
const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]
const be16 = (n: number) => [(n >>> 8) & 255, n & 255]

/** A PNG header (signature and IHDR) of the given size, padded to `bytes` when asked. */
export function png(width: number, height: number, bytes = 0): Uint8Array {
  const head = [
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...be32(13),
    0x49,
    0x48,
    0x44,
    0x52,
    ...be32(width),
    ...be32(height),
    8,
    2,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
  ]
  const out = new Uint8Array(Math.max(bytes, head.length))
  out.set(head)
  return out
}

/** A JPEG: SOI, a JFIF APP0 segment, then a baseline start-of-frame with the size. */
export function jpeg(width: number, height: number): Uint8Array {
  return new Uint8Array([
    0xff,
    0xd8,
    0xff,
    0xe0,
    ...be16(16),
    0x4a,
    0x46,
    0x49,
    0x46,
    0,
    1,
    1,
    0,
    0,
    1,
    0,
    1,
    0,
    0,
    0xff,
    0xc0,
    ...be16(17),
    8,
    ...be16(height),
    ...be16(width),
    3,
    1,
    0x22,
    0,
    2,
    0x11,
    1,
    3,
    0x11,
    1,
    0xff,
    0xd9,
  ])
}

export const text = (s: string) => new TextEncoder().encode(s)

/** Posts a multipart upload the way the dashboard does. */
export async function upload(
  token: string,
  file: { bytes: Uint8Array; name: string; type: string },
  fields: Record<string, string> = {},
) {
  const form = new FormData()
  form.append('file', new File([file.bytes], file.name, { type: file.type }))
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  const res = await SELF.fetch('http://localhost/api/v1/media', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  })
  return { status: res.status, headers: res.headers, body: (await res.json()) as any }
}
