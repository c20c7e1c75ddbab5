// Shared by the scan and analytics suites: codes inserted straight into D1, scan events, and the
// events consumer driven directly (deterministic acks) or through the real queue.
import { env } from 'cloudflare:test'
import { vi } from 'vitest'
import { d1 } from '../../../worker/lib/d1.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { branches } from '../../../worker/modules/brands/brands.tables.ts'
import { QrDesign } from '../../../worker/modules/qr/qr.model.ts'
import { qrCodes } from '../../../worker/modules/qr/qr.tables.ts'
import type { QrScanEvent } from '../../../worker/modules/qr/scans/scan-event.ts'
import type { TestTenant } from '../../helpers/tenant.ts'

export { deliver } from '../privacy/helpers.ts'

export interface TestCode {
  id: string
  code: string
  tenantId: string
  brandId: string | null
  branchId: string | null
  placement: string | null
  label: string
}

const randomCode = () => crypto.randomUUID().replaceAll('-', '').slice(0, 10)

/** A dynamic code row as the QR API would store it (H3's API is not needed for analytics). */
export async function insertCode(
  t: Pick<TestTenant, 'tenantId' | 'brandId' | 'branchId'>,
  options: {
    label?: string
    placement?: string | null
    branchId?: string | null
    brandId?: string | null
  } = {},
): Promise<TestCode> {
  const row = {
    id: newId('qrCode'),
    code: randomCode(),
    tenantId: t.tenantId,
    brandId: options.brandId === undefined ? t.brandId : options.brandId,
    branchId: options.branchId === undefined ? t.branchId : options.branchId,
    placement: options.placement === undefined ? 'table 4' : options.placement,
    label: options.label ?? 'Front door',
  }
  await d1(env.DB)
    .insert(qrCodes)
    .values({ ...row, kind: 'dynamic', design: QrDesign.parse({}) })
  return row
}

/** A second branch of the tenant's brand. */
export async function insertBranch(t: Pick<TestTenant, 'tenantId' | 'brandId'>, name = 'Harbour') {
  const id = newId('branch')
  await d1(env.DB)
    .insert(branches)
    .values({ id, tenantId: t.tenantId, brandId: t.brandId, slug: name.toLowerCase(), name })
  return id
}

/** A scan as the redirect would queue it: a phone in Lisbon, unless told otherwise. */
export const scanOf = (code: TestCode, overrides: Partial<QrScanEvent> = {}): QrScanEvent => ({
  type: 'qr.scan',
  id: newId('qrScan'),
  tenantId: code.tenantId,
  codeId: code.id,
  brandId: code.brandId,
  branchId: code.branchId,
  placement: code.placement,
  at: Date.now(),
  country: 'PT',
  region: 'Lisbon',
  city: 'Lisbon',
  deviceType: 'mobile',
  os: 'iOS',
  browser: 'Safari',
  referrerHost: null,
  language: 'pt',
  isBot: false,
  visitorHash: 'a'.repeat(32),
  ruleIndex: null,
  ...overrides,
})

export const at = (isoDay: string, time = '12:00:00') => Date.parse(`${isoDay}T${time}Z`)

export interface RollupRow {
  day: string
  dimension: string
  value: string
  scans: number
  uniques: number
  bots: number
}

export async function rollupsOf(codeId: string): Promise<RollupRow[]> {
  const { results } = await env.DB.prepare(
    'select day, dimension, value, scans, uniques, bots from qr_scan_daily where code_id = ? order by day, dimension, value',
  )
    .bind(codeId)
    .all<RollupRow>()
  return results
}

export const countWhere = async (table: string, column: string, value: string) =>
  (await env.DB.prepare(`select count(*) as n from ${table} where ${column} = ?`)
    .bind(value)
    .first<{ n: number }>())!.n

/** Waits until the queue consumer has stored `count` scans of the code. */
export const waitForScans = (codeId: string, count: number) =>
  vi.waitFor(
    async () => {
      const n = await countWhere('qr_scans', 'code_id', codeId)
      if (n !== count) throw new Error(`${n} of ${count} scans stored`)
    },
    { timeout: 20_000, interval: 200 },
  )
