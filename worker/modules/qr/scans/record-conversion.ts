import { and, eq } from 'drizzle-orm'
import type { Ctx } from '../../../context.ts'
import { qrCodes, qrConversions } from '../qr.tables.ts'
import { utcDay } from './scan-statements.ts'

export interface QrConversion {
  tenantId: string
  /** The short code from the page address the lead was sent from (`?qr=`). */
  code: string
  leadId: string
  at: Date
}

/**
 * Counts a stored lead as a conversion of the code its visitor arrived through. The code is
 * looked up within the lead's tenant only (a code of another tenant in a crafted address
 * counts nothing), archived codes included (the lead still came from the printed code). Keyed
 * by lead, so a redelivered lead counts once. Returns whether the code was found.
 */
export async function recordQrConversion(ctx: Ctx, conversion: QrConversion): Promise<boolean> {
  const [code] = await ctx.d1
    .select({ id: qrCodes.id })
    .from(qrCodes)
    .where(and(eq(qrCodes.tenantId, conversion.tenantId), eq(qrCodes.code, conversion.code)))
    .limit(1)
  if (!code) return false
  await ctx.d1
    .insert(qrConversions)
    .values({
      leadId: conversion.leadId,
      tenantId: conversion.tenantId,
      codeId: code.id,
      day: utcDay(conversion.at),
    })
    .onConflictDoNothing()
  return true
}
