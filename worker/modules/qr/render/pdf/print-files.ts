// The print use cases behind the routes: load the actor's codes, count one render, build the PDF.
import type { TenantCtx } from '../../../../context.ts'
import { ApiError } from '../../../../lib/errors.ts'
import { branchNamesOf, listCodeRows, type QrCodeRow } from '../../qr.repo.ts'
import { visibleRow, visibleTo } from '../../qr.service.ts'
import { fileSlug, type LogoCache, sceneForCode } from '../render-code.ts'
import { assertRenderAllowed } from '../render-limit.ts'
import { printSheetPdf, tableTentPdf } from './index.ts'
import type { Paper, PerPage } from './paper.ts'

export type PrintFile = { body: Uint8Array<ArrayBuffer>; filename: string; headers: Record<string, string> }

/** The live codes named, in order (repeats kept: two copies of one code is a fair ask). */
async function visibleRows(ctx: TenantCtx, ids: string[]): Promise<QrCodeRow[]> {
  const rows = await listCodeRows(ctx.d1, ctx.tenantId, ids)
  const seen = new Set(rows.filter((r) => visibleTo(ctx, r)).map((r) => r.id))
  const missing = ids.find((id) => !seen.has(id))
  if (missing) throw new ApiError('NOT_FOUND', `QR code ${missing} not found`)
  return rows
}

export type PrintSheetInput = {
  qrCodeIds: string[]
  paper: Paper
  perPage: PerPage
  cutMarks: boolean
  labels: boolean
}

/** A print sheet of the given codes; labels are the code's label over "branch · placement". */
export async function printSheetFile(ctx: TenantCtx, input: PrintSheetInput): Promise<PrintFile> {
  const rows = await visibleRows(ctx, input.qrCodeIds)
  const headers = await assertRenderAllowed(ctx)
  const logos: LogoCache = new Map()
  const scenes = await Promise.all(rows.map((row) => sceneForCode(ctx, row, logos)))
  const names = input.labels
    ? await branchNamesOf(
        ctx.d1,
        ctx.tenantId,
        rows.flatMap((r) => (r.branchId ? [r.branchId] : [])),
      )
    : new Map<string, string>()
  const items = rows.map((row, i) => {
    const scene = scenes[i]
    if (!scene) throw new Error('A scene went missing')
    if (!input.labels) return { scene, label: '' }
    const sublabel = [row.branchId ? names.get(row.branchId) : null, row.placement]
      .filter(Boolean)
      .join(' · ')
    return { scene, label: row.label, sublabel }
  })
  const body = await printSheetPdf(items, {
    paper: input.paper,
    perPage: input.perPage,
    cutMarks: input.cutMarks,
  })
  return { body, headers, filename: `qr-print-sheet-${input.paper}-${input.perPage}-up.pdf` }
}

/** A folded table tent of one code, with an optional headline over the code on each face. */
export async function tableTentFile(
  ctx: TenantCtx,
  qrCodeId: string,
  opts: { paper: Paper; headline?: string },
): Promise<PrintFile> {
  const row = await visibleRow(ctx, qrCodeId)
  const headers = await assertRenderAllowed(ctx)
  const scene = await sceneForCode(ctx, row)
  const body = await tableTentPdf({ scene, label: row.label, headline: opts.headline }, { paper: opts.paper })
  const filename = ['qr-tent', fileSlug(row.label), row.code].filter(Boolean).join('-')
  return { body, headers, filename: `${filename}.pdf` }
}
