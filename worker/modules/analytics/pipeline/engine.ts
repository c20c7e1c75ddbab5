/**
 * Workers Analytics Engine, where it is bound (`ANALYTICS`, staging and production): one data
 * point per new event, for ad-hoc SQL beyond the dashboard's rollups. The visitor hash is left
 * out: the dataset keeps data for its own three months whatever a tenant's retention says.
 *
 * Layout (keep in step with docs/analytics.md):
 *   index1  tenant id (the sampling key)
 *   blob1 kind          blob2 action        blob3 brand id      blob4 branch id
 *   blob5 site id       blob6 path          blob7 source        blob8 referrer host
 *   blob9 utm_campaign  blob10 utm_medium   blob11 country      blob12 city
 *   blob13 device type  blob14 os           blob15 browser      blob16 language
 *   blob17 excluded     blob18 placement    blob19 QR code id   blob20 lead id
 *   double1 1 (the event; SUM(_sample_interval * double1) counts events)
 *   double2 1 when it counts, 0 when excluded (bot, head, prefetch, unfurl, preview)
 */
import type { Ctx } from '../../../context.ts'
import type { EventRow } from './event-row.ts'

export const ENGINE_BLOBS = [
  'kind',
  'action',
  'brandId',
  'branchId',
  'siteId',
  'path',
  'source',
  'referrerHost',
  'utmCampaign',
  'utmMedium',
  'country',
  'city',
  'deviceType',
  'os',
  'browser',
  'language',
  'excluded',
  'placement',
  'qrCodeId',
  'leadId',
] as const satisfies readonly (keyof EventRow)[]

export function engineDataPoint(row: EventRow): AnalyticsEngineDataPoint {
  return {
    indexes: [row.tenantId],
    blobs: ENGINE_BLOBS.map((key) => row[key] ?? null),
    doubles: [1, row.excluded ? 0 : 1],
  }
}

/** Best effort, like the live counter: the rollups are the record, this is a copy for exploring. */
export function writeToEngine(ctx: Ctx, rows: readonly EventRow[]): void {
  const dataset = ctx.env.ANALYTICS
  if (!dataset) return
  try {
    for (const row of rows) dataset.writeDataPoint(engineDataPoint(row))
  } catch (error) {
    ctx.log.warn('analytics engine write failed', { events: rows.length, error })
  }
}
