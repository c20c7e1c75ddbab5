// A small server that speaks the e-mail provider's API (`POST /emails` with a bearer key) and
// keeps what it receives, so `npm start` and the tests send real HTTP without the internet.
// `GET /emails?to=…` lists what one address received, newest last.
import { readBody, sendJson, startLocalServer } from './json-server.ts'

export const MAIL_SINK_KEY = 'local-mail-sink-key'

export interface SentEmail {
  id: string
  from: string
  to: string[]
  subject: string
  html: string
  text: string
  receivedAt: string
}

export async function startMailSink(
  port = 0,
): Promise<{ url: string; port: number; stop: () => Promise<void> }> {
  const inbox: SentEmail[] = []
  const seen = new Map<string, string>()
  const server = await startLocalServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://sink')
    const json = (status: number, body: unknown) => sendJson(res, status, body)
    if (req.method === 'POST' && url.pathname === '/emails') {
      if (req.headers.authorization !== `Bearer ${MAIL_SINK_KEY}`)
        return json(401, { message: 'API key is invalid' })
      const body = JSON.parse(await readBody(req)) as Omit<SentEmail, 'id' | 'receivedAt'>
      if (!body.from || !Array.isArray(body.to) || !body.subject)
        return json(422, { message: 'from, to and subject are required' })
      const key = req.headers['idempotency-key']
      const repeat = typeof key === 'string' ? seen.get(key) : undefined
      if (repeat) return json(200, { id: repeat })
      const id = `email_${inbox.length + 1}`
      if (typeof key === 'string') seen.set(key, id)
      inbox.push({ ...body, id, receivedAt: new Date().toISOString() })
      return json(200, { id })
    }
    if (req.method === 'GET' && url.pathname === '/emails') {
      const to = url.searchParams.get('to')?.toLowerCase()
      return json(
        200,
        inbox.filter((m) => !to || m.to.some((t) => t.toLowerCase() === to)),
      )
    }
    json(404, { message: 'not found' })
  }, port)
  return { url: server.origin, port: server.port, stop: server.stop }
}
