// The QR API's request and response shapes.
import { z } from '@hono/zod-openapi'
import { QrDesign, QrDesignOverrides, QrRule, QrStaticPayload, QrTarget, QrUtm } from './qr.model.ts'
import { DEVICE_TYPES, QR_BATCH_STATUSES, QR_KINDS, QR_STATUSES } from './qr.tables.ts'

const Placement = z.string().trim().min(1).max(80)
const Password = z.string().min(4, 'Use at least 4 characters').max(128)

/** Create: a dynamic code needs a target; a static one needs a payload of its kind. */
export const CreateQrCode = z
  .strictObject({
    kind: z.enum(QR_KINDS).default('dynamic'),
    label: z.string().trim().min(1).max(120),
    placement: Placement.nullish(),
    brandId: z.string().nullish(),
    branchId: z.string().nullish(),
    target: QrTarget.nullish(),
    rules: z.array(QrRule).max(20).default([]),
    utm: QrUtm.nullish(),
    payload: QrStaticPayload.nullish(),
    // Defaults to the brand's colours when the code belongs to a brand or branch.
    design: QrDesignOverrides.optional(),
    password: Password.nullish(),
    scanLimit: z.number().int().min(1).max(10_000_000).nullish(),
    expiresAt: z.iso.datetime({ offset: true }).nullish(),
    status: z.enum(QR_STATUSES).default('active'),
  })
  .openapi('CreateQrCode')
export type CreateQrCode = z.infer<typeof CreateQrCode>

/** Any field; `null` clears a nullable one. The kind and the short code never change. */
export const UpdateQrCode = z
  .strictObject({
    label: z.string().trim().min(1).max(120),
    placement: Placement.nullable(),
    branchId: z.string().nullable(),
    target: QrTarget,
    rules: z.array(QrRule).max(20),
    utm: QrUtm.nullable(),
    payload: QrStaticPayload,
    design: QrDesign,
    password: Password.nullable(),
    scanLimit: z.number().int().min(1).max(10_000_000).nullable(),
    expiresAt: z.iso.datetime({ offset: true }).nullable(),
    status: z.enum(QR_STATUSES),
  })
  .partial()
  .openapi('UpdateQrCode')
export type UpdateQrCode = z.infer<typeof UpdateQrCode>

export const QrCode = z
  .object({
    id: z.string().openapi({ example: 'qrc_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    kind: z.enum(QR_KINDS),
    code: z.string().openapi({ example: 'h7Kq2xZp' }),
    // What the printed code says: the short link for dynamic codes, the content for static ones.
    content: z.string(),
    shortUrl: z.string().nullable(),
    label: z.string(),
    placement: z.string().nullable(),
    brandId: z.string().nullable(),
    branchId: z.string().nullable(),
    branchName: z.string().nullable(),
    target: QrTarget.nullable(),
    // Where a scan goes by default right now (absolute), for the dashboard to show and test.
    targetUrl: z.string().nullable(),
    rules: z.array(QrRule),
    utm: QrUtm.nullable(),
    payload: QrStaticPayload.nullable(),
    design: QrDesign,
    // Below-safe (but allowed) contrast and similar: shown next to the designer, never blocking.
    designWarnings: z.array(z.object({ field: z.string(), message: z.string() })),
    // The brand logo's public URL when design.logoMediaId is set, for previews.
    logoUrl: z.string().nullable(),
    passwordProtected: z.boolean(),
    scanLimit: z.number().nullable(),
    status: z.enum(QR_STATUSES),
    // Paused, expired or at its scan limit: what a scanner sees instead of the destination.
    state: z.enum(['live', 'paused', 'expired', 'limit_reached', 'static']),
    expiresAt: z.string().nullable(),
    totalScans: z.number(),
    createdAt: z.string(),
    updatedAt: z.string().nullable(),
  })
  .openapi('QrCode')
export type QrCode = z.infer<typeof QrCode>

export const QrCodeList = z
  .object({ data: z.array(QrCode), nextCursor: z.string().nullable() })
  .openapi('QrCodeList')

/** Analytics for one code, a branch or a brand over a date range (UTC days, inclusive). */
const Count = z.object({ value: z.string(), scans: z.number(), uniques: z.number() })
export const QrAnalytics = z
  .object({
    from: z.string(),
    to: z.string(),
    totals: z.object({
      scans: z.number(),
      uniques: z.number(),
      bots: z.number(),
      leads: z.number(),
      // leads / scans, 0 when there were no scans.
      conversionRate: z.number(),
    }),
    series: z.array(z.object({ day: z.string(), scans: z.number(), uniques: z.number(), leads: z.number() })),
    placements: z.array(Count),
    codes: z.array(Count.extend({ codeId: z.string(), label: z.string(), placement: z.string().nullable() })),
    countries: z.array(Count),
    cities: z.array(Count),
    devices: z.array(Count.extend({ value: z.enum(DEVICE_TYPES) })),
    os: z.array(Count),
    browsers: z.array(Count),
  })
  .openapi('QrAnalytics')
export type QrAnalytics = z.infer<typeof QrAnalytics>

export const QrBatch = z
  .object({
    id: z.string(),
    brandId: z.string().nullable(),
    source: z.enum(['brand', 'csv']),
    status: z.enum(QR_BATCH_STATUSES),
    total: z.number(),
    done: z.number(),
    error: z.string().nullable(),
    downloadUrl: z.string().nullable(),
    archiveBytes: z.number().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
  })
  .openapi('QrBatch')
export type QrBatch = z.infer<typeof QrBatch>
