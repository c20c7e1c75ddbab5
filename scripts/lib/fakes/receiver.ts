// A tenant's webhook receiver, as the outbound webhooks see it: `POST /receiver/{name}` (any
// method, any name) records the method, headers and raw body and answers 200 `{"ok":true}`
// unless told otherwise. Each name is a receiver of its own, so tests do not see each other.
// Controls:
//   POST /__fake/receiver/{name}/respond {status, times?, delayMs?, body?, location?}
//        the next `times` (default 1) answers: that status (0 drops the connection), after
//        `delayMs`, with that body (default `{"ok":false}` for errors), `location` for a redirect
//   GET  /__fake/receiver/{name}/requests   what arrived, oldest first
//   POST /__fake/receiver/{name}/reset      forgets the requests and the queued answers
import type { IncomingMessage, ServerResponse } from 'node:http'
import { readBody, sendJson } from '../json-server.ts'
import type { FakePart } from '../outside-fake.ts'
import { parseObject } from './shared.ts'

export interface ReceivedRequest {
  method: string
  path: string
  headers: Record<string, string>
  body: string
  at: string
}

interface Answer {
  status: number
  times: number
  delayMs: number
  body: string | null
  location: string | null
}

interface Receiver {
  requests: ReceivedRequest[]
  answers: Answer[]
}

const NAME = /^[A-Za-z0-9_-]{1,100}$/
const MAX_DELAY_MS = 60_000

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[key] = Array.isArray(value) ? value.join(', ') : value
  }
  return out
}

/** The queued answer for this request, used up one `times` at a time. */
function nextAnswer(receiver: Receiver): Answer | null {
  const answer = receiver.answers[0]
  if (!answer) return null
  answer.times -= 1
  if (answer.times <= 0) receiver.answers.shift()
  return answer
}

function parseAnswer(body: Record<string, unknown> | null): Answer | string {
  const status = Number(body?.status)
  if (!body || !Number.isInteger(status) || (status !== 0 && (status < 100 || status > 599)))
    return 'send {status (100-599, or 0 to drop the connection), times?, delayMs?, body?, location?}'
  const times = body.times === undefined ? 1 : Number(body.times)
  const delayMs = body.delayMs === undefined ? 0 : Number(body.delayMs)
  if (!Number.isInteger(times) || times < 1) return 'times must be a whole number of at least 1'
  if (!Number.isFinite(delayMs) || delayMs < 0 || delayMs > MAX_DELAY_MS)
    return `delayMs must be between 0 and ${MAX_DELAY_MS}`
  return {
    status,
    times,
    delayMs,
    body: typeof body.body === 'string' ? body.body : null,
    location: typeof body.location === 'string' ? body.location : null,
  }
}

export function receiverFake(): FakePart {
  const receivers = new Map<string, Receiver>()
  const receiverOf = (name: string) => {
    let receiver = receivers.get(name)
    if (!receiver) {
      receiver = { requests: [], answers: [] }
      receivers.set(name, receiver)
    }
    return receiver
  }

  async function receive(req: IncomingMessage, res: ServerResponse, name: string, url: URL) {
    const receiver = receiverOf(name)
    receiver.requests.push({
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      headers: flatHeaders(req),
      body: await readBody(req),
      at: new Date().toISOString(),
    })
    const answer = nextAnswer(receiver)
    if (answer?.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs))
    if (!answer) return sendJson(res, 200, { ok: true })
    if (answer.status === 0) return void res.destroy()
    res.writeHead(answer.status, {
      'content-type': 'application/json',
      ...(answer.location ? { location: answer.location } : {}),
    })
    res.end(answer.body ?? JSON.stringify({ ok: answer.status < 300 }))
  }

  return {
    name: 'receiver',
    async api(req, res, rest, url) {
      const name = rest.split('/').filter(Boolean)[0] ?? ''
      if (!NAME.test(name)) return sendJson(res, 404, { error: 'use /receiver/{name}' })
      return receive(req, res, name, url)
    },
    async control(req, res, action) {
      const [name = '', verb = ''] = action.split('/')
      if (!NAME.test(name)) return sendJson(res, 404, { error: 'use /__fake/receiver/{name}/{action}' })
      if (req.method === 'GET' && verb === 'requests') return sendJson(res, 200, receiverOf(name).requests)
      if (req.method === 'POST' && verb === 'reset') {
        receivers.delete(name)
        return sendJson(res, 200, { reset: name })
      }
      if (req.method === 'POST' && verb === 'respond') {
        const answer = parseAnswer(parseObject(await readBody(req)))
        if (typeof answer === 'string') return sendJson(res, 400, { error: answer })
        const receiver = receiverOf(name)
        receiver.answers.push(answer)
        return sendJson(res, 201, { queued: receiver.answers.reduce((n, a) => n + a.times, 0) })
      }
      sendJson(res, 404, { error: `no control ${req.method} ${verb}` })
    },
  }
}
