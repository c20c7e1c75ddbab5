import type { Ctx, TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { codeContent } from '../code-content.ts'
import { checkDesign } from '../design/design-rules.ts'
import { layoutQr, type QrLogo, type QrScene } from '../design/layout.ts'
import { qrSceneToSvg } from '../design/to-svg.ts'
import type { QrCodeRow } from '../qr.repo.ts'
import { visibleRow } from '../qr.service.ts'
import { loadQrLogo } from './logo.ts'
import { codePdf } from './pdf/index.ts'
import { renderPng } from './png.ts'
import { assertRenderAllowed } from './render-limit.ts'

export const CODE_FORMATS = ['svg', 'png', 'pdf'] as const
export type CodeFormat = (typeof CODE_FORMATS)[number]

export const DEFAULT_PNG_WIDTH = 1024
export const DEFAULT_PDF_MM = 60

/** Logos by media id, shared by the codes of one batch or sheet so each is read once. */
export type LogoCache = Map<string, Promise<QrLogo>>

/**
 * The code as shapes: what it says (short link or static content), its design with the
 * rules applied, and its logo read from the tenant's media. A design the rules refuse is
 * refused here too (saved before a rule tightened, or written around the API): a code that
 * might not scan is never handed out.
 */
export async function sceneForCode(ctx: Ctx, row: QrCodeRow, logos?: LogoCache): Promise<QrScene> {
  const mediaId = row.design.logoMediaId
  const { errors } = checkDesign(row.design, { hasLogo: mediaId !== null })
  if (errors.length > 0)
    throw new ApiError('BAD_REQUEST', errors.map((e) => e.message).join(' '), {
      errors: errors.map((e) => ({ path: e.field, message: e.message })),
    })
  let logo: QrLogo | null = null
  if (mediaId) {
    let pending = logos?.get(mediaId)
    if (!pending) {
      pending = loadQrLogo(ctx, row.tenantId, mediaId)
      logos?.set(mediaId, pending)
    }
    logo = await pending
  }
  try {
    return layoutQr(codeContent(ctx.config.PUBLIC_ORIGIN, row), row.design, logo)
  } catch (error) {
    // Only the encoder throws here: content too long for the error correction level.
    throw new ApiError('BAD_REQUEST', error instanceof Error ? error.message : 'The code cannot be drawn')
  }
}

/** `Table 4 – Café` → `table-4-cafe`: ASCII, so every browser and file system keeps it. */
export function fileSlug(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
}

export const codeFilename = (row: Pick<QrCodeRow, 'label' | 'code'>, ext: string) =>
  `${['qr', fileSlug(row.label), row.code].filter(Boolean).join('-')}.${ext}`

/**
 * The code as a file: SVG (standalone, logo embedded), PNG `size` pixels wide (with its DPI
 * recorded when given) or a vector PDF `sizeMm` wide.
 * @example const file = await renderCodeFile(ctx, row, { format: 'png', size: 2048, dpi: 300 })
 */
export async function renderCodeFile(
  ctx: Ctx,
  row: QrCodeRow,
  opts: { format: CodeFormat; size?: number; dpi?: number; sizeMm?: number; logos?: LogoCache },
): Promise<{ body: Uint8Array<ArrayBuffer> | string; contentType: string; filename: string }> {
  const scene = await sceneForCode(ctx, row, opts.logos)
  if (opts.format === 'pdf') {
    const pdf = await codePdf(scene, { sizeMm: opts.sizeMm ?? DEFAULT_PDF_MM, title: row.label })
    return { body: pdf.slice(), contentType: 'application/pdf', filename: codeFilename(row, 'pdf') }
  }
  const svg = qrSceneToSvg(scene, { size: opts.size ?? DEFAULT_PNG_WIDTH, title: row.label })
  if (opts.format === 'svg')
    return { body: svg, contentType: 'image/svg+xml', filename: codeFilename(row, 'svg') }
  const body = await renderPng(svg, { width: opts.size ?? DEFAULT_PNG_WIDTH, dpi: opts.dpi })
  return { body, contentType: 'image/png', filename: codeFilename(row, 'png') }
}

export type DownloadOptions = { format: CodeFormat; size?: number; dpi?: number; sizeMm?: number }

/**
 * The download use case: the code must be live and visible to the actor (a code without a
 * branch only to unscoped members; others look missing), then one render is counted.
 * Returns the RateLimit headers with the file.
 */
export async function downloadCodeFile(ctx: TenantCtx, qrCodeId: string, opts: DownloadOptions) {
  const row = await visibleRow(ctx, qrCodeId)
  const headers = await assertRenderAllowed(ctx)
  return { ...(await renderCodeFile(ctx, row, opts)), headers }
}
