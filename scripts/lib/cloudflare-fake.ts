// A small server that speaks Cloudflare for SaaS's custom hostnames API (the `/client/v4`
// envelope, bearer token, `POST/GET/DELETE /zones/{zone}/custom_hostnames[/{id}]`), so `npm start`
// and the tests exercise the real client without the internet. Hostnames start `pending` with an
// ownership and a certificate TXT record; what the real world does later is driven by hand:
//   POST /__fake/activate  {hostname}          the owner's DNS records exist: hostname and certificate go active
//   POST /__fake/time-out  {hostname}          the records never appeared: certificate validation timed out
//   POST /__fake/fail-next {hostname?, status?, message?}   the next API call (about that hostname) fails
//   GET  /__fake/hostnames                     everything it holds, for a look from a shell
import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { readBody, sendJson, startLocalServer } from './json-server.ts'

export const CLOUDFLARE_FAKE_TOKEN = 'local-cloudflare-fake-token'

interface FakeHostname {
  id: string
  zoneId: string
  hostname: string
  status: 'pending' | 'active'
  ssl: {
    id: string
    status: string
    minTls: string
    validation: { txt_name: string; txt_value: string }[]
    errors: string[]
  }
  ownership: { type: 'txt'; name: string; value: string }
  createdAt: string
}

interface Failure {
  hostname?: string
  status: number
  message: string
}

const API_PREFIX = '/client/v4'

function parseJson(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text || '{}')
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null
  } catch {
    return null
  }
}

/** The API's view of a hostname, shaped like Cloudflare's `result`. */
function present(h: FakeHostname) {
  const active = h.ssl.status === 'active'
  return {
    id: h.id,
    hostname: h.hostname,
    ssl: {
      id: h.ssl.id,
      type: 'dv',
      method: 'txt',
      status: h.ssl.status,
      settings: { min_tls_version: h.ssl.minTls },
      bundle_method: 'ubiquitous',
      wildcard: false,
      certificate_authority: 'google',
      // Like Cloudflare, validation records disappear once the certificate is issued.
      ...(active ? {} : { validation_records: h.ssl.validation }),
      ...(h.ssl.errors.length > 0 ? { validation_errors: h.ssl.errors.map((message) => ({ message })) } : {}),
    },
    status: h.status,
    ownership_verification: h.ownership,
    ...(h.status === 'pending'
      ? { verification_errors: ['custom hostname does not CNAME to this zone.'] }
      : {}),
    created_at: h.createdAt,
  }
}

export async function startCloudflareFake(port = 0): Promise<{
  /** Base URL of the API, as CLOUDFLARE_API_URL takes it (ends in /client/v4). */
  apiUrl: string
  /** Where the /__fake control endpoints live. */
  origin: string
  port: number
  stop: () => Promise<void>
}> {
  const byId = new Map<string, FakeHostname>()
  const failures: Failure[] = []

  const ok = (res: ServerResponse, result: unknown, status = 200, extra: object = {}) =>
    sendJson(res, status, { success: true, errors: [], messages: [], result, ...extra })
  const refuse = (res: ServerResponse, status: number, code: number, message: string) =>
    sendJson(res, status, { success: false, errors: [{ code, message }], messages: [], result: null })

  const find = (zoneId: string, hostname: string) =>
    [...byId.values()].find((h) => h.zoneId === zoneId && h.hostname === hostname)

  /** A queued failure for this call, if one applies (an untargeted one applies to any call). */
  function takeFailure(hostname: string | undefined): Failure | undefined {
    const index = failures.findIndex((f) => f.hostname === undefined || f.hostname === hostname)
    return index === -1 ? undefined : failures.splice(index, 1)[0]
  }

  async function control(req: IncomingMessage, res: ServerResponse, action: string) {
    if (req.method === 'GET' && action === 'hostnames') return ok(res, [...byId.values()].map(present))
    const body = parseJson(await readBody(req))
    const hostname = typeof body?.hostname === 'string' ? body.hostname.toLowerCase() : undefined
    if (req.method !== 'POST' || !body) return refuse(res, 400, 1000, 'POST a JSON body')
    if (action === 'fail-next') {
      const status = typeof body.status === 'number' ? body.status : 500
      const message = typeof body.message === 'string' ? body.message : 'Internal server error'
      failures.push({ hostname, status, message })
      return ok(res, { queued: failures.length })
    }
    const target = [...byId.values()].find((h) => h.hostname === hostname)
    if (!target) return refuse(res, 404, 1436, `No custom hostname ${hostname ?? '(none given)'}`)
    if (action === 'activate') {
      target.status = 'active'
      target.ssl.status = 'active'
      target.ssl.errors = []
    } else if (action === 'time-out') {
      target.ssl.status = 'validation_timed_out'
      target.ssl.errors = ['The certificate validation TXT record was not found before the deadline.']
    } else return refuse(res, 404, 1000, `No control ${action}`)
    return ok(res, present(target))
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL) {
    const match = url.pathname
      .slice(API_PREFIX.length)
      .match(/^\/zones\/([^/]+)\/custom_hostnames(?:\/([^/]+))?$/)
    if (!match)
      return refuse(
        res,
        404,
        7003,
        'Could not route to this path, perhaps your object identifier is invalid?',
      )
    if (req.headers.authorization !== `Bearer ${CLOUDFLARE_FAKE_TOKEN}`)
      return refuse(res, 403, 10000, 'Authentication error')
    const zoneId = decodeURIComponent(match[1]!)
    const id = match[2] ? decodeURIComponent(match[2]) : undefined
    const text = await readBody(req)
    const body = parseJson(text)
    const existing = id ? byId.get(id) : undefined
    const subject = existing?.hostname ?? (typeof body?.hostname === 'string' ? body.hostname : undefined)
    const failure = takeFailure(subject ?? url.searchParams.get('hostname') ?? undefined)
    if (failure) return refuse(res, failure.status, 1000, failure.message)

    if (!id && req.method === 'POST') return create(res, zoneId, body)
    if (!id && req.method === 'GET') {
      const wanted = url.searchParams.get('hostname')?.toLowerCase()
      const list = [...byId.values()].filter((h) => h.zoneId === zoneId && (!wanted || h.hostname === wanted))
      return ok(res, list.map(present), 200, {
        result_info: { page: 1, per_page: 50, count: list.length, total_count: list.length },
      })
    }
    if (!id) return refuse(res, 405, 1000, 'Method not allowed')
    if (!existing || existing.zoneId !== zoneId)
      return refuse(res, 404, 1436, 'The custom hostname was not found.')
    if (req.method === 'GET') return ok(res, present(existing))
    if (req.method === 'DELETE') {
      byId.delete(existing.id)
      return ok(res, { id: existing.id })
    }
    return refuse(res, 405, 1000, 'Method not allowed')
  }

  function create(res: ServerResponse, zoneId: string, body: Record<string, unknown> | null) {
    const hostname = typeof body?.hostname === 'string' ? body.hostname : ''
    const ssl = (body?.ssl ?? {}) as {
      method?: unknown
      type?: unknown
      settings?: { min_tls_version?: unknown }
    }
    if (!/^[a-z0-9.-]+\.[a-z0-9-]+$/.test(hostname)) return refuse(res, 400, 1409, 'Invalid custom hostname.')
    if (ssl.method !== 'txt' || ssl.type !== 'dv')
      return refuse(res, 400, 1400, 'ssl.method must be txt and ssl.type dv for this zone.')
    if (find(zoneId, hostname)) return refuse(res, 409, 1406, 'Duplicate custom hostname found.')
    const record: FakeHostname = {
      id: randomUUID(),
      zoneId,
      hostname,
      status: 'pending',
      ssl: {
        id: randomUUID(),
        status: 'pending_validation',
        minTls: typeof ssl.settings?.min_tls_version === 'string' ? ssl.settings.min_tls_version : '1.0',
        validation: [
          { txt_name: `_acme-challenge.${hostname}`, txt_value: randomUUID().replaceAll('-', '') },
        ],
        errors: [],
      },
      ownership: { type: 'txt', name: `_cf-custom-hostname.${hostname}`, value: randomUUID() },
      createdAt: new Date().toISOString(),
    }
    byId.set(record.id, record)
    return ok(res, present(record))
  }

  const server = await startLocalServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake')
    try {
      if (url.pathname.startsWith('/__fake/')) return await control(req, res, url.pathname.slice(8))
      if (url.pathname.startsWith(`${API_PREFIX}/`)) return await api(req, res, url)
      refuse(res, 404, 7000, 'No route for that URI')
    } catch (error) {
      refuse(res, 500, 1000, `The fake failed: ${String(error)}`)
    }
  }, port)
  return {
    apiUrl: `${server.origin}${API_PREFIX}`,
    origin: server.origin,
    port: server.port,
    stop: server.stop,
  }
}
