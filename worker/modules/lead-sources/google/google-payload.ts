// Google Ads lead form webhook body (developers.google.com/google-ads/webhook/docs/implementation).
// int64 ids may arrive as JSON numbers or strings; unknown fields are ignored, as Google asks.
import { z } from 'zod'

const Int64 = z.union([z.string().regex(/^\d{1,20}$/), z.number().int().nonnegative()]).transform(String)

export const GoogleLead = z.object({
  lead_id: z.string().trim().min(1).max(200),
  user_column_data: z
    .array(
      z.object({
        column_name: z.string().max(500).optional(),
        string_value: z.string().max(5000).optional(),
        column_id: z.string().max(200).optional(),
      }),
    )
    .max(200)
    .default([]),
  api_version: z.string().max(20).optional(),
  form_id: Int64.optional(),
  campaign_id: Int64.optional(),
  adgroup_id: Int64.optional(),
  creative_id: Int64.optional(),
  google_key: z.string().max(500).optional(),
  is_test: z.boolean().optional(),
  gcl_id: z.string().max(500).optional(),
  lead_submit_time: z.string().max(40).optional(),
})
export type GoogleLead = z.infer<typeof GoogleLead>

/** Contact columns by column_id; every other column becomes a lead field. */
export function readColumns(columns: GoogleLead['user_column_data']) {
  const byId = new Map<string, string>()
  const fields: Record<string, string> = {}
  for (const column of columns) {
    const value = column.string_value?.trim()
    if (!value) continue
    const id = column.column_id?.trim().toUpperCase()
    if (id && CONTACT_COLUMNS.has(id)) byId.set(id, value)
    else fields[fieldKey(column)] = value
  }
  const name =
    byId.get('FULL_NAME') ??
    ([byId.get('FIRST_NAME'), byId.get('LAST_NAME')].filter(Boolean).join(' ') || null)
  return {
    contact: {
      name,
      email: byId.get('EMAIL') ?? byId.get('WORK_EMAIL') ?? null,
      phone: byId.get('PHONE_NUMBER') ?? byId.get('WORK_PHONE') ?? null,
    },
    fields,
  }
}

const CONTACT_COLUMNS = new Set([
  'FULL_NAME',
  'FIRST_NAME',
  'LAST_NAME',
  'EMAIL',
  'WORK_EMAIL',
  'PHONE_NUMBER',
  'WORK_PHONE',
])

// Predefined columns (POSTAL_CODE, CITY, COMPANY_NAME …) by id; custom questions by their wording.
function fieldKey(column: GoogleLead['user_column_data'][number]): string {
  const id = column.column_id?.trim()
  if (id && /^[A-Z][A-Z0-9_]*$/.test(id)) return id.toLowerCase()
  return column.column_name?.trim() || id || 'answer'
}
