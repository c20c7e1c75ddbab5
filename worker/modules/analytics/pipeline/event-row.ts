// One analytics_events row as the pipeline writes it, from either message that feeds analytics:
// a QR scan (qr.scan) or an AnalyticsEvent. Empty strings become null, so "not known" has one
// spelling in SQL.

import type { QrScanEvent } from '../../qr/scans/scan-event.ts'
import type { analyticsEvents } from '../analytics.tables.ts'
import type { AnalyticsEvent } from '../events/analytics-event.ts'
import { bareHost, sourceOf } from './source.ts'

/** Column values by Drizzle property name; `at` in epoch milliseconds (the JSON the insert reads). */
export type EventRow = Omit<typeof analyticsEvents.$inferInsert, 'at' | 'batchId'> & { at: number }

/** Who the event belongs to, once the pipeline has checked it (brand and branch of a beacon come from its site). */
export interface Placement {
  brandId: string | null
  branchId: string | null
  siteId: string | null
}

/** The code an event came through, when it is one of the tenant's. */
export interface ViaCode {
  qrCodeId: string
  placement: string | null
}

export const utcDay = (at: number) => new Date(at).toISOString().slice(0, 10)

const orNull = (value: string | null | undefined) => (value?.trim() ? value : null)

/** Internal moves between our own hosts are no referral (the collector already drops the page's own). */
function externalReferrer(host: string | null | undefined, platformHosts: readonly string[]) {
  const clean = orNull(host)
  if (!clean) return null
  return platformHosts.some((own) => bareHost(own) === bareHost(clean)) ? null : clean.toLowerCase()
}

export function scanRow(scan: QrScanEvent, platformHosts: readonly string[]): EventRow {
  const referrerHost = externalReferrer(scan.referrerHost, platformHosts)
  return {
    id: scan.id,
    tenantId: scan.tenantId,
    kind: 'scan',
    action: null,
    target: null,
    brandId: scan.brandId,
    branchId: scan.branchId,
    siteId: null,
    path: null,
    at: scan.at,
    day: utcDay(scan.at),
    referrerHost,
    source: sourceOf({ kind: 'scan', utmSource: null, utmCampaign: null, viaQr: true, referrerHost }),
    utmSource: null,
    utmMedium: null,
    utmCampaign: null,
    utmTerm: null,
    utmContent: null,
    country: orNull(scan.country),
    region: orNull(scan.region),
    city: orNull(scan.city),
    deviceType: scan.deviceType,
    os: orNull(scan.os),
    browser: orNull(scan.browser),
    language: orNull(scan.language),
    visitor: scan.isBot ? null : orNull(scan.visitor),
    excluded: scan.isBot ? 'bot' : null,
    qrCodeId: scan.codeId,
    placement: orNull(scan.placement),
    leadId: null,
  }
}

export function analyticsRow(
  event: AnalyticsEvent,
  where: Placement,
  code: ViaCode | null,
  platformHosts: readonly string[],
): EventRow {
  const referrerHost = externalReferrer(event.referrerHost, platformHosts)
  const utmSource = orNull(event.utm.source)
  const utmCampaign = orNull(event.utm.campaign)
  return {
    id: event.id,
    tenantId: event.tenantId,
    kind: event.kind,
    action: event.kind === 'action' ? event.action : null,
    target: orNull(event.target),
    ...where,
    path: orNull(event.path),
    at: event.at,
    day: utcDay(event.at),
    referrerHost,
    source: sourceOf({ kind: event.kind, utmSource, utmCampaign, viaQr: code !== null, referrerHost }),
    utmSource,
    utmMedium: orNull(event.utm.medium),
    utmCampaign,
    utmTerm: orNull(event.utm.term),
    utmContent: orNull(event.utm.content),
    country: orNull(event.country),
    region: orNull(event.region),
    city: orNull(event.city),
    deviceType: event.deviceType,
    os: orNull(event.os),
    browser: orNull(event.browser),
    language: orNull(event.language),
    // An excluded event counts in nothing that needs a visitor.
    visitor: event.excluded ? null : orNull(event.visitor),
    excluded: event.excluded,
    qrCodeId: code?.qrCodeId ?? null,
    placement: code?.placement ?? null,
    leadId: orNull(event.leadId),
  }
}
