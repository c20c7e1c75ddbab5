import { env, SELF } from 'cloudflare:test'
import { expect, vi } from 'vitest'
import { newId } from '../../../worker/lib/ids.ts'
import { QrDesign } from '../../../worker/modules/qr/qr.model.ts'
import { type QrRoute, qrRouteKey } from '../../../worker/modules/qr/redirect/qr-route.ts'
import { createTestTenant, type TestTenant } from '../../helpers/tenant.ts'

export const UA = {
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  android:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  desktop:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.70',
  googlebot: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  whatsapp: 'WhatsApp/2.23.20.0 A',
} as const

/**
 * Writes a dynamic code's KV record the way the QR service does. The scan itself never reads
 * D1; the qr_codes row is there because the scans consumer stores scans only for real codes.
 */
export async function putRoute(t: TestTenant, over: Partial<QrRoute> = {}) {
  const code = crypto.randomUUID().replaceAll('-', '').slice(0, 8)
  const route: QrRoute = {
    v: 1,
    tenantId: t.tenantId,
    codeId: newId('qrCode'),
    brandId: t.brandId,
    branchId: t.branchId,
    placement: 'table 4',
    status: 'active',
    expiresAt: null,
    timezone: 'Asia/Kolkata',
    url: `https://example.com/menu?utm_source=qr&qr=${code}`,
    rules: [],
    passwordHash: null,
    scanLimit: null,
    brand: { name: 'Café Lumière', color: '#b91c1c', logoUrl: null },
    ...over,
  }
  await env.DB.prepare(
    "insert into qr_codes (id, tenant_id, code, kind, label, design) values (?, ?, ?, 'dynamic', ?, ?)",
  )
    .bind(route.codeId, t.tenantId, code, `Code ${code}`, JSON.stringify(QrDesign.parse({})))
    .run()
  await env.SITE_CACHE.put(qrRouteKey(code), JSON.stringify(route))
  return { code, route }
}

export interface ScanInit extends RequestInit {
  userAgent?: string
  host?: string
  cf?: Record<string, string>
}

/** One request to the short link, as a phone's camera app would make it (redirects not followed). */
export function scan(code: string, init: ScanInit = {}) {
  const { userAgent = UA.iphone, host = 'localhost', cf, ...rest } = init
  const headers = new Headers(rest.headers)
  if (!headers.has('user-agent')) headers.set('user-agent', userAgent)
  if (!headers.has('cf-connecting-ip')) headers.set('cf-connecting-ip', '203.0.113.9')
  return SELF.fetch(`http://${host}/q/${code}`, {
    redirect: 'manual',
    ...rest,
    headers,
    ...(cf && { cf }),
  } as RequestInit)
}

export interface ScanRow {
  id: string
  tenant_id: string
  code_id: string
  placement: string | null
  country: string | null
  region: string | null
  city: string | null
  device_type: string
  os: string | null
  browser: string | null
  referrer_host: string | null
  language: string | null
  is_bot: number
  visitor_hash: string
  rule_index: number | null
}

async function scanRows(codeId: string): Promise<ScanRow[]> {
  const { results } = await env.DB.prepare('select * from qr_scans where code_id = ? order by scanned_at, id')
    .bind(codeId)
    .all<ScanRow>()
  return results
}

/** The code's scans once the events consumer has stored `count` of them. */
export const recordedScans = (codeId: string, count: number) =>
  vi.waitFor(
    async () => {
      const rows = await scanRows(codeId)
      expect(rows).toHaveLength(count)
      return rows
    },
    { timeout: 20_000, interval: 200 },
  )

/** Every status page: HTML, never cached, never indexed, scripts impossible. */
export async function expectScanPage(res: Response, status: number) {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toContain('text/html')
  expect(res.headers.get('cache-control')).toBe('no-store')
  expect(res.headers.get('x-robots-tag')).toBe('noindex')
  expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'sha256-/)
  const body = await res.text()
  expect(body).toContain('<meta name="robots" content="noindex"/>')
  return body
}

export { createTestTenant }
