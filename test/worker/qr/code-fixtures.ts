// A saved dynamic code, written straight to D1 so renderer and print tests depend only on what they test.
import { env } from 'cloudflare:test'
import { d1 } from '../../../worker/lib/d1.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { DEFAULT_QR_DESIGN } from '../../../worker/modules/qr/design/defaults.ts'
import type { QrDesign } from '../../../worker/modules/qr/qr.model.ts'
import { qrCodes } from '../../../worker/modules/qr/qr.tables.ts'
import { shortUrl } from '../../../worker/modules/qr/short-url.ts'
import type { TestTenant } from '../../helpers/tenant.ts'

export async function insertDynamicCode(
  t: TestTenant,
  over: Partial<typeof qrCodes.$inferInsert> & { design?: QrDesign } = {},
) {
  const id = newId('qrCode')
  const code = crypto.randomUUID().replaceAll('-', '').slice(0, 8)
  await d1(env.DB)
    .insert(qrCodes)
    .values({
      id,
      tenantId: t.tenantId,
      code,
      kind: 'dynamic',
      brandId: t.brandId,
      branchId: t.branchId,
      label: 'Front door – Café',
      target: { type: 'microsite', branchId: t.branchId },
      design: DEFAULT_QR_DESIGN,
      ...over,
    })
  return { id, code, url: shortUrl(env.PUBLIC_ORIGIN, code) }
}
