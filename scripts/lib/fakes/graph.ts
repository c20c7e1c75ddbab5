// The Meta Graph API as Lead Ads and the WhatsApp Cloud API use it, under /graph/v21.0:
//   GET  /{leadgen_id}?access_token=…&fields=…   a lead's answers; the token must be the page token
//                                                the lead was registered with (error 190 otherwise),
//                                                and an appsecret_proof, when sent, must match
//   POST /{phone_number_id}/messages             a WhatsApp template message (Bearer token)
// Errors use Graph's envelope {error: {message, type, code, fbtrace_id}}, with HTTP 400 as Graph does.
// Controls, under /__fake/graph/:
//   POST leads      {id, pageToken, form_id, field_data, created_time?, ad_id?, ad_name?, campaign_id?, campaign_name?, …}
//   GET  messages   the WhatsApp messages sent, oldest first (?to= filters by recipient)
//   POST fail-next  {status?, code?, message?, id?}  the next API call (about that lead or phone number id) fails
//   POST sign       {body}  the X-Hub-Signature-256 value Meta would send with this body (a string, or
//                   JSON that is serialised first and returned as `body`)
import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { readBody, sendJson } from '../json-server.ts'
import type { FakePart } from '../outside-fake.ts'
import { OUTSIDE_FAKE_SECRETS } from '../outside-fake-secrets.ts'
import { bodyText, hmacHex, isText, parseObject, takeFailure } from './shared.ts'

interface FakeLead {
  id: string
  pageToken: string
  created_time: string
  form_id: string
  field_data: { name: string; values: string[] }[]
  // Ad attribution Graph returns when asked for and the lead came from an ad.
  extra: Record<string, string | boolean>
}

interface SentMessage {
  id: string
  phoneNumberId: string
  to: string
  template: { name: string; language: string; components: unknown[] }
  body: Record<string, unknown>
  at: string
}

interface Failure {
  id?: string
  status: number
  code: number
  message: string
}

const VERSION_PREFIX = '/v21.0'
const LEAD_DEFAULT_FIELDS = ['created_time', 'id', 'field_data']
const LEAD_EXTRA_FIELDS = [
  'ad_id',
  'ad_name',
  'adset_id',
  'adset_name',
  'campaign_id',
  'campaign_name',
  'is_organic',
  'platform',
]
const LEAD_FIELDS = new Set([...LEAD_DEFAULT_FIELDS, 'form_id', ...LEAD_EXTRA_FIELDS])

const fbtraceId = () => randomBytes(8).toString('base64url')

function graphError(
  res: ServerResponse,
  status: number,
  code: number,
  message: string,
  type = 'OAuthException',
) {
  sendJson(res, status, { error: { message, type, code, fbtrace_id: fbtraceId() } })
}

const unknownObject = (res: ServerResponse, method: string, id: string) =>
  graphError(
    res,
    400,
    100,
    `Unsupported ${method} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
    'GraphMethodException',
  )

/** What Meta puts in X-Hub-Signature-256: HMAC-SHA256 of the raw body under the app secret. */
export function metaSignature(body: string, secret: string = OUTSIDE_FAKE_SECRETS.META_APP_SECRET): string {
  return `sha256=${hmacHex(secret, body)}`
}

/** What Graph expects in `appsecret_proof` (checked when a call sends one, as Graph does). */
const appSecretProof = (token: string) => hmacHex(OUTSIDE_FAKE_SECRETS.META_APP_SECRET, token)

function toLead(input: Record<string, unknown>): FakeLead | string {
  const { id, pageToken, form_id: formId, field_data: fieldData, created_time: createdTime, ...rest } = input
  if (!isText(id) || !/^\d+$/.test(id)) return 'id must be a string of digits'
  if (!isText(pageToken)) return 'pageToken is required'
  if (!isText(formId)) return 'form_id is required'
  const fieldsOk =
    Array.isArray(fieldData) &&
    fieldData.every(
      (f) =>
        typeof f === 'object' &&
        f !== null &&
        isText((f as { name?: unknown }).name) &&
        Array.isArray((f as { values?: unknown }).values) &&
        (f as { values: unknown[] }).values.every((v) => typeof v === 'string'),
    )
  if (!fieldsOk) return 'field_data must be [{name, values: string[]}]'
  const extra: Record<string, string | boolean> = {}
  for (const key of LEAD_EXTRA_FIELDS) {
    const value = rest[key]
    if (typeof value === 'string' || typeof value === 'boolean') extra[key] = value
  }
  return {
    id,
    pageToken,
    form_id: formId,
    field_data: fieldData as FakeLead['field_data'],
    created_time: isText(createdTime) ? createdTime : new Date().toISOString().replace(/\.\d+Z$/, '+0000'),
    extra,
  }
}

/** Graph reads the token from the query string or an Authorization: Bearer header. */
function tokenOf(req: IncomingMessage, url: URL): string | null {
  const header = req.headers.authorization
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length)
  return url.searchParams.get('access_token')
}

function getLead(
  res: ServerResponse,
  lead: FakeLead | undefined,
  id: string,
  token: string | null,
  url: URL,
) {
  if (!token) return graphError(res, 400, 104, 'An access token is required to request this resource.')
  if (!lead) return unknownObject(res, 'get', id)
  if (token !== lead.pageToken) {
    return graphError(res, 400, 190, 'Invalid OAuth access token - Cannot parse access token')
  }
  const proof = url.searchParams.get('appsecret_proof')
  if (proof !== null && proof !== appSecretProof(token)) {
    return graphError(
      res,
      400,
      100,
      'Invalid appsecret_proof provided in the API argument',
      'GraphMethodException',
    )
  }
  const asked = url.searchParams.get('fields')
  const fields = asked ? asked.split(',').map((f) => f.trim()) : LEAD_DEFAULT_FIELDS
  const unknown = fields.find((f) => !LEAD_FIELDS.has(f))
  if (unknown) {
    return graphError(
      res,
      400,
      100,
      `(#100) Tried accessing nonexisting field (${unknown}) on node type (Lead)`,
    )
  }
  const all: Record<string, unknown> = {
    id: lead.id,
    created_time: lead.created_time,
    field_data: lead.field_data,
    form_id: lead.form_id,
    ...lead.extra,
  }
  const out: Record<string, unknown> = { id: lead.id }
  for (const field of fields) if (all[field] !== undefined) out[field] = all[field]
  sendJson(res, 200, out)
}

/** The Cloud API's checks on a template message, in the order it reports them. */
function templateProblem(body: Record<string, unknown>): string | null {
  if (body.messaging_product !== 'whatsapp') return 'messaging_product must be "whatsapp"'
  if (!isText(body.to) || !/^\+?\d{6,15}$/.test(body.to)) return 'to must be a phone number'
  if (body.type !== 'template') return 'this fake sends template messages only (type must be "template")'
  const template = body.template as Record<string, unknown> | undefined
  if (typeof template !== 'object' || template === null) return 'template is required'
  if (!isText(template.name)) return 'template.name is required'
  const language = template.language as Record<string, unknown> | undefined
  if (typeof language !== 'object' || language === null || !isText(language.code)) {
    return 'template.language.code is required'
  }
  if (template.components !== undefined && !Array.isArray(template.components)) {
    return 'template.components must be an array'
  }
  return null
}

export function graphFake(): FakePart {
  const leads = new Map<string, FakeLead>()
  const sent: SentMessage[] = []
  const failures: Failure[] = []

  /** Consumes a pending failure meant for this object (or for any), answering with it. */
  function failed(res: ServerResponse, id: string): boolean {
    const failure = takeFailure(failures, id)
    if (!failure) return false
    graphError(res, failure.status, failure.code, failure.message)
    return true
  }

  async function sendMessage(req: IncomingMessage, res: ServerResponse, phoneNumberId: string) {
    if (req.headers.authorization !== `Bearer ${OUTSIDE_FAKE_SECRETS.WHATSAPP_ACCESS_TOKEN}`) {
      return graphError(res, 401, 190, 'Invalid OAuth access token - Cannot parse access token')
    }
    if (phoneNumberId !== OUTSIDE_FAKE_SECRETS.WHATSAPP_PHONE_NUMBER_ID) {
      return unknownObject(res, 'post', phoneNumberId)
    }
    const body = parseObject(await readBody(req))
    const problem = body ? templateProblem(body) : 'the body must be a JSON object'
    if (!body || problem) return graphError(res, 400, 100, `(#100) Invalid parameter: ${problem}`)
    const to = String(body.to)
    const template = body.template as { name: string; language: { code: string }; components?: unknown[] }
    const id = `wamid.${randomBytes(24).toString('base64url')}`
    sent.push({
      id,
      phoneNumberId,
      to,
      template: {
        name: template.name,
        language: template.language.code,
        components: template.components ?? [],
      },
      body,
      at: new Date().toISOString(),
    })
    sendJson(res, 200, {
      messaging_product: 'whatsapp',
      contacts: [{ input: to, wa_id: to.replace(/^\+/, '') }],
      messages: [{ id }],
    })
  }

  return {
    name: 'graph',
    async api(req, res, rest, url) {
      if (!rest.startsWith(`${VERSION_PREFIX}/`)) {
        return graphError(res, 400, 2635, `This fake speaks ${VERSION_PREFIX.slice(1)} only`)
      }
      const [id = '', edge, ...more] = rest.slice(VERSION_PREFIX.length + 1).split('/')
      if (failed(res, id)) return
      if (req.method === 'GET' && !edge) return getLead(res, leads.get(id), id, tokenOf(req, url), url)
      if (req.method === 'POST' && edge === 'messages' && more.length === 0) return sendMessage(req, res, id)
      return unknownObject(
        res,
        req.method?.toLowerCase() ?? 'get',
        [id, edge, ...more].filter(Boolean).join('/'),
      )
    },
    async control(req, res, action, url) {
      if (req.method === 'POST' && action === 'leads') {
        const body = parseObject(await readBody(req))
        const lead = body ? toLead(body) : 'the body must be a JSON object'
        if (typeof lead === 'string') return sendJson(res, 400, { error: lead })
        leads.set(lead.id, lead)
        return sendJson(res, 201, { id: lead.id })
      }
      if (req.method === 'GET' && action === 'messages') {
        const to = url.searchParams.get('to')
        return sendJson(res, 200, { messages: to ? sent.filter((m) => m.to === to) : sent })
      }
      if (req.method === 'POST' && action === 'fail-next') {
        const body = parseObject(await readBody(req)) ?? {}
        failures.push({
          id: isText(body.id) ? body.id : undefined,
          status: typeof body.status === 'number' ? body.status : 500,
          code: typeof body.code === 'number' ? body.code : 2,
          message: isText(body.message)
            ? body.message
            : 'An unexpected error has occurred. Please retry your request later.',
        })
        return sendJson(res, 200, { pending: failures.length })
      }
      if (req.method === 'POST' && action === 'sign') {
        const body = parseObject(await readBody(req))
        if (!body || body.body === undefined) return sendJson(res, 400, { error: 'send {body}' })
        const raw = bodyText(body.body)
        return sendJson(res, 200, { body: raw, signature: metaSignature(raw) })
      }
      sendJson(res, 404, { error: `no control ${req.method} ${action}` })
    },
  }
}
