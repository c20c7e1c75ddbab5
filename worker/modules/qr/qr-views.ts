// Rows to the API's QrCode: content, short link, where a scan goes now, state and scan count.
import type { TenantCtx } from '../../context.ts'
import { mediaRefs } from '../media/index.ts'
import { codeContent } from './code-content.ts'
import { checkDesign } from './design/design-rules.ts'
import { branchNamesOf, type QrCodeRow, totalScansOf } from './qr.repo.ts'
import type { QrCode } from './qr.schemas.ts'
import { type QrRoute, qrRouteKey } from './redirect/qr-route.ts'
import { shortUrl } from './short-url.ts'

interface ViewExtras {
  branchNames: Map<string, string>
  totals: Map<string, number>
  logos: Map<string, { url: string }>
  /** Default destination per code id, as its KV route says (what a scan gets). */
  targetUrls: Map<string, string | null>
}

function stateOf(row: QrCodeRow, totalScans: number, now: Date): QrCode['state'] {
  if (row.kind !== 'dynamic') return 'static'
  if (row.status === 'paused') return 'paused'
  if (row.expiresAt && row.expiresAt.getTime() <= now.getTime()) return 'expired'
  if (row.scanLimit !== null && totalScans >= row.scanLimit) return 'limit_reached'
  return 'live'
}

export function toQrCode(origin: string, row: QrCodeRow, extras: ViewExtras, now: Date): QrCode {
  const totalScans = extras.totals.get(row.id) ?? 0
  const logoId = row.design.logoMediaId
  return {
    id: row.id,
    kind: row.kind,
    code: row.code,
    content: codeContent(origin, row),
    shortUrl: row.kind === 'dynamic' ? shortUrl(origin, row.code) : null,
    label: row.label,
    placement: row.placement,
    brandId: row.brandId,
    branchId: row.branchId,
    branchName: row.branchId ? (extras.branchNames.get(row.branchId) ?? null) : null,
    target: row.target ?? null,
    targetUrl: extras.targetUrls.get(row.id) ?? null,
    rules: row.rules,
    utm: row.utm ?? null,
    payload: row.payload ?? null,
    design: row.design,
    designWarnings: checkDesign(row.design, { hasLogo: logoId !== null }).warnings,
    logoUrl: logoId ? (extras.logos.get(logoId)?.url ?? null) : null,
    passwordProtected: row.passwordHash !== null,
    scanLimit: row.scanLimit,
    status: row.status,
    state: stateOf(row, totalScans, now),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    totalScans,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt?.toISOString() ?? null,
  }
}

async function routeUrl(ctx: TenantCtx, row: QrCodeRow): Promise<string | null> {
  if (row.kind !== 'dynamic') return null
  const route = await ctx.env.SITE_CACHE.get<QrRoute>(qrRouteKey(row.code), 'json')
  return route?.tenantId === ctx.tenantId ? route.url : null
}

/**
 * Views of several rows with one query per kind of extra. `fresh` carries destinations just
 * written, which KV (eventually consistent across locations) may not return yet.
 */
export async function toQrCodes(
  ctx: TenantCtx,
  rows: QrCodeRow[],
  fresh: Map<string, string | null> = new Map(),
): Promise<QrCode[]> {
  const ids = rows.map((r) => r.id)
  const [branchNames, totals, logos, urls] = await Promise.all([
    branchNamesOf(
      ctx.d1,
      ctx.tenantId,
      rows.flatMap((r) => (r.branchId ? [r.branchId] : [])),
    ),
    totalScansOf(ctx.d1, ctx.tenantId, ids),
    mediaRefs(ctx.d1, ctx.tenantId, [...new Set(rows.map((r) => r.design.logoMediaId))]),
    Promise.all(
      rows.map(async (r) => [r.id, fresh.has(r.id) ? fresh.get(r.id)! : await routeUrl(ctx, r)] as const),
    ),
  ])
  const extras: ViewExtras = { branchNames, totals, logos, targetUrls: new Map(urls) }
  const now = ctx.now()
  return rows.map((row) => toQrCode(ctx.config.PUBLIC_ORIGIN, row, extras, now))
}

export const toQrCodeView = async (ctx: TenantCtx, row: QrCodeRow, fresh?: string | null) =>
  (await toQrCodes(ctx, [row], fresh === undefined ? undefined : new Map([[row.id, fresh]])))[0]!
