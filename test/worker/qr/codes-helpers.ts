// QR codes API tests: the public origin, a code's KV route as the redirect reads it, and a
// dynamic code aimed at the tenant's microsite.
import { env } from 'cloudflare:test'
import { type QrRoute, qrRouteKey } from '../../../worker/modules/qr/redirect/qr-route.ts'
import type { TestTenant } from '../../helpers/tenant.ts'

export const ORIGIN = 'http://localhost:8787'
export const route = (code: string) => env.SITE_CACHE.get<QrRoute>(qrRouteKey(code), 'json')
export const microsite = (t: TestTenant) => ({
  kind: 'dynamic',
  label: 'Front door',
  target: { type: 'microsite', branchId: t.branchId },
})
