// The floor: a Worker in the same workerd that answers a captured page's exact bytes and headers
// from memory. Whatever it costs is workerd's and HTTP's; the rest of a page's cost is ours.
import type { RawResponse } from './http.ts'

export const FLOOR_WORKER = 'floor'
export const FLOOR_HOST = 'floor.bench.localhost'

// Framing headers are the server's to write, for the floor as for the page.
const FRAMING = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date'])

export interface CapturedPage {
  body: string
  headers: [string, string][]
}

export function capturePage(res: RawResponse): CapturedPage {
  return {
    body: res.body.toString('utf8'),
    headers: res.headers.filter(([name]) => !FRAMING.has(name)),
  }
}

/** The floor Worker's source: a string body and a header list, handed over as JSON bindings. */
export const FLOOR_SCRIPT = `export default {
  fetch(request, env) {
    return new Response(env.PAGE_BODY, { headers: env.PAGE_HEADERS })
  },
}`

export const floorWorkerOptions = (page: CapturedPage, compatibilityDate: string) => ({
  name: FLOOR_WORKER,
  modules: true,
  script: FLOOR_SCRIPT,
  compatibilityDate,
  routes: [`${FLOOR_HOST}/*`],
  bindings: { PAGE_BODY: page.body, PAGE_HEADERS: page.headers },
})
