// What a first visit downloads: each template's page, compressed as the edge would send it.
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { get } from './http.ts'

// The first round trip of a new TCP connection carries about 14 KB (ten segments); a page
// that fits needs no second one.
export const BUDGET_BYTES = 14 * 1024

export interface PageSize {
  name: string
  path: string
  status: number
  raw: number
  /** zlib defaults: gzip level 6, brotli quality 11. */
  gzip: number
  brotli: number
  overBudget: boolean
}

export async function measurePageSizes(
  url: string,
  host: string,
  pages: { name: string; path: string }[],
): Promise<PageSize[]> {
  const sizes: PageSize[] = []
  for (const page of pages) {
    const res = await get(url + page.path, host)
    const gzip = gzipSync(res.body).length
    const brotli = brotliCompressSync(res.body).length
    sizes.push({
      name: page.name,
      path: page.path,
      status: res.status,
      raw: res.body.length,
      gzip,
      brotli,
      overBudget: Math.max(gzip, brotli) > BUDGET_BYTES,
    })
  }
  return sizes
}
