// One local server that speaks the outside APIs lead intake talks to, each under its own prefix:
//   /turnstile/v0/siteverify        Cloudflare Turnstile (fakes/turnstile.ts)
//   /graph/v21.0/…                  Meta Graph API: Lead Ads leads, WhatsApp messages (fakes/graph.ts)
//   /linkedin/…                     LinkedIn Lead Gen REST API (fakes/linkedin.ts)
//   /receiver/…                     a tenant's webhook receiver, recording what it gets (fakes/receiver.ts)
// Each part also has `/__fake/{part}/…` controls for tests and for poking at `npm start` by hand.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { graphFake } from './fakes/graph.ts'
import { linkedinFake } from './fakes/linkedin.ts'
import { receiverFake } from './fakes/receiver.ts'
import { turnstileFake } from './fakes/turnstile.ts'
import { sendJson, startLocalServer } from './json-server.ts'

export interface FakePart {
  /** First path segment it answers under, e.g. `graph`; controls live under `/__fake/{name}/`. */
  name: string
  /** Answers a request under `/{name}/…` (`rest` is the path after the prefix, with a leading `/`). */
  api(req: IncomingMessage, res: ServerResponse, rest: string, url: URL): Promise<void>
  /** Answers `/__fake/{name}/{action}`. */
  control(req: IncomingMessage, res: ServerResponse, action: string, url: URL): Promise<void>
}

const PARTS: FakePart[] = [turnstileFake(), graphFake(), linkedinFake(), receiverFake()]

export async function startOutsideFake(port = 0) {
  const server = await startLocalServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake.local')
    const [first, second, ...rest] = url.pathname.split('/').filter(Boolean)
    const control = first === '__fake'
    const part = PARTS.find((p) => p.name === (control ? second : first))
    const answer = !part
      ? Promise.resolve(sendJson(res, 404, { error: `nothing at ${url.pathname}` }))
      : control
        ? part.control(req, res, rest.join('/'), url)
        : part.api(req, res, `/${[second, ...rest].filter(Boolean).join('/')}`, url)
    answer.catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: String(error) })
    })
  }, port)
  return {
    origin: server.origin,
    port: server.port,
    turnstileVerifyUrl: `${server.origin}/turnstile/v0/siteverify`,
    graphUrl: `${server.origin}/graph/v21.0`,
    linkedinUrl: `${server.origin}/linkedin`,
    receiverUrl: `${server.origin}/receiver`,
    stop: server.stop,
  }
}
