// A Facebook lead's answers from the Graph API (`GET /{leadgen_id}`) with the page's access
// token. The token travels as Graph documents it, in the query string, so the URL is never logged;
// errors say what an owner can do about them (the delivery log shows them).
import { z } from 'zod'
import type { Ctx } from '../../../context.ts'
import type { LeadFetchMessage, LeadMessage, LeadUtm } from '../../leads/lead-message.ts'
import { sourceLeadMessage } from '../source-lead.ts'
import { openSourceSecret } from '../source-secret.ts'
import type { SourceRow } from '../sources.repo.ts'
import { appSecretProof } from './meta-signature.ts'

const FETCH_TIMEOUT_MS = 10_000
const LEAD_FIELDS =
  'id,created_time,field_data,form_id,ad_id,ad_name,campaign_id,campaign_name,is_organic,platform'

const GraphLead = z.object({
  id: z.string(),
  created_time: z.string().optional(),
  form_id: z.string().optional(),
  field_data: z.array(z.object({ name: z.string(), values: z.array(z.string()).default([]) })).default([]),
  ad_name: z.string().optional(),
  campaign_name: z.string().optional(),
  is_organic: z.boolean().optional(),
  // `fb` or `ig`: where the person filled the form in.
  platform: z.string().optional(),
})
type GraphLead = z.infer<typeof GraphLead>

const GraphError = z.object({
  error: z.object({
    message: z.string().default(''),
    type: z.string().optional(),
    code: z.number().optional(),
  }),
})

/** The `lead.submitted` message for a queued Facebook lead; throws (so the consumer retries) when Graph cannot answer. */
export async function fetchFacebookLead(
  ctx: Ctx,
  msg: LeadFetchMessage,
  source: SourceRow,
): Promise<LeadMessage> {
  const token = await openSourceSecret(ctx, source)
  if (!token) throw new Error('This source has no page access token we can use; reconnect your Facebook page')
  const lead = await getLead(ctx, token, msg.externalId)
  const { contact, fields } = readFieldData(lead.field_data)
  return sourceLeadMessage(ctx, source, {
    leadId: msg.leadId,
    idempotencyKey: `fb:${msg.externalId}`,
    externalId: msg.externalId,
    formRef: lead.form_id ?? msg.formRef,
    submittedAt: graphTime(lead.created_time) ?? msg.receivedAt,
    contact,
    fields,
    utm: utmOf(lead),
  })
}

async function getLead(ctx: Ctx, token: string, leadgenId: string): Promise<GraphLead> {
  const url = new URL(`${ctx.config.META_GRAPH_URL}/${encodeURIComponent(leadgenId)}`)
  url.searchParams.set('fields', LEAD_FIELDS)
  url.searchParams.set('access_token', token)
  if (ctx.config.META_APP_SECRET) {
    url.searchParams.set('appsecret_proof', await appSecretProof(ctx.config.META_APP_SECRET, token))
  }
  let res: Response
  try {
    res = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    })
  } catch (error) {
    ctx.log.warn('graph api unreachable', {
      leadgenId,
      error: error instanceof Error ? error.name : 'unknown',
    })
    throw new Error('Could not reach Facebook’s Graph API')
  }
  const body: unknown = await res.json().catch(() => null)
  if (!res.ok) throw graphFailure(res.status, body, leadgenId)
  const parsed = GraphLead.safeParse(body)
  if (!parsed.success) throw new Error(`Facebook’s answer for lead ${leadgenId} has an unexpected shape`)
  return parsed.data
}

// Graph's codes for "this token no longer works" (expired, revoked, password changed) and for missing permissions.
const TOKEN_CODES = new Set([102, 190, 463, 467])
const PERMISSION_CODES = new Set([10, 200, 210, 230])

/** An error whose message tells the owner what to do; 5xx and rate limits simply retry. */
function graphFailure(status: number, body: unknown, leadgenId: string): Error {
  const parsed = GraphError.safeParse(body)
  const code = parsed.success ? parsed.data.error.code : undefined
  const said =
    parsed.success && parsed.data.error.message ? `: ${parsed.data.error.message.slice(0, 200)}` : ''
  if (status >= 500 || code === undefined) return new Error(`Facebook’s Graph API answered ${status}${said}`)
  if (TOKEN_CODES.has(code)) {
    return new Error(
      `Facebook refused the page access token (code ${code}); reconnect your page to receive its leads`,
    )
  }
  if (PERMISSION_CODES.has(code)) {
    return new Error(
      `The page access token may not read leads (code ${code}); reconnect your page granting leads_retrieval`,
    )
  }
  if (code === 100) return new Error(`Facebook has no lead ${leadgenId} this page may read (code 100)${said}`)
  return new Error(`Facebook’s Graph API answered ${status} (code ${code})${said}`)
}

const CONTACT_FIELDS = new Set([
  'full_name',
  'first_name',
  'last_name',
  'email',
  'work_email',
  'phone_number',
  'work_phone_number',
])

/** Standard questions become the contact; everything else (custom questions too) a lead field. */
export function readFieldData(fieldData: GraphLead['field_data']) {
  const answers = new Map<string, string>()
  const fields: Record<string, string> = {}
  for (const { name, values } of fieldData) {
    const value = values
      .map((v) => v.trim())
      .filter(Boolean)
      .join(', ')
    if (!value) continue
    if (CONTACT_FIELDS.has(name)) answers.set(name, value)
    else fields[name] = value
  }
  const parts = [answers.get('first_name'), answers.get('last_name')].filter(Boolean).join(' ')
  return {
    contact: {
      name: answers.get('full_name') ?? (parts || null),
      email: answers.get('email') ?? answers.get('work_email') ?? null,
      phone: answers.get('phone_number') ?? answers.get('work_phone_number') ?? null,
    },
    fields,
  }
}

function utmOf(lead: GraphLead): LeadUtm {
  const campaign = lead.campaign_name ?? lead.ad_name
  return {
    source: lead.platform === 'ig' ? 'instagram' : 'facebook',
    medium: lead.is_organic ? 'organic_social' : 'paid_social',
    ...(campaign ? { campaign: campaign.slice(0, 200) } : {}),
    ...(lead.campaign_name && lead.ad_name ? { content: lead.ad_name.slice(0, 200) } : {}),
  }
}

/** Graph writes `2026-05-01T09:30:00+0000`; Date wants the offset with a colon. */
function graphTime(value: string | undefined): Date | null {
  if (!value) return null
  const date = new Date(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'))
  return Number.isNaN(date.getTime()) ? null : date
}
