import type { Context } from 'hono'
import type { AppEnv } from '../env.ts'

const SPA_CSP =
  "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data: https:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"

/** The dashboard: files by name, and index.html for every client-side route under /app/. */
export async function serveSpa(c: Context<AppEnv>): Promise<Response> {
  const url = new URL(c.req.url)
  const isFile = /\.[a-z0-9]+$/i.test(url.pathname)
  const target = isFile ? url : new URL('/app/', url)
  const response = await c.env.ASSETS.fetch(new Request(target, c.req.raw))
  const headers = new Headers(response.headers)
  headers.set('content-security-policy', SPA_CSP)
  if (!isFile) headers.set('cache-control', 'no-cache')
  return new Response(response.body, { status: response.status, headers })
}
