// The floor: a Worker in the same workerd that answers a captured page's exact bytes and headers
// from memory. Whatever it costs is workerd's and HTTP's; the rest of a page's cost is ours.
import type { RawResponse } from './http.ts'

export const FLOOR_WORKER = 'floor'
export const FLOOR_HOST = 'floor.bench.localhost'

// Framing headers are the server's to write, for the floor as for the page.
const FRAMING = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date'])

export interface CapturedPage {
  /** 200 when absent. */
  status?: number
  body: string
  headers: [string, string][]
}

export function capturePage(res: RawResponse): CapturedPage {
  return {
    status: res.status,
    body: res.body.toString('utf8'),
    headers: res.headers.filter(([name]) => !FRAMING.has(name)),
  }
}

/** The floor Worker's source: status, string body and header list, handed over as JSON bindings. */
export const FLOOR_SCRIPT = `export default {
  fetch(request, env) {
    const empty = [204, 205, 304].includes(env.PAGE_STATUS)
    return new Response(empty ? null : env.PAGE_BODY, { status: env.PAGE_STATUS, headers: env.PAGE_HEADERS })
  },
}`

/** A floor Worker answering `page` on `host`; a bench may run several, one per host. */
export const floorWorkerOptions = (page: CapturedPage, compatibilityDate: string, host = FLOOR_HOST) => ({
  name: host === FLOOR_HOST ? FLOOR_WORKER : `${FLOOR_WORKER}-${host}`,
  modules: true,
  script: FLOOR_SCRIPT,
  compatibilityDate,
  routes: [`${host}/*`],
  bindings: { PAGE_STATUS: page.status ?? 200, PAGE_BODY: page.body, PAGE_HEADERS: page.headers },
})
