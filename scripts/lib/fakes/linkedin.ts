// LinkedIn's Lead Sync API as a lead webhook's consumer uses it, under /linkedin:
//   GET /rest/leadFormResponses/{id}   one form response, for the Bearer token it was registered
//                                      with; needs a LinkedIn-Version header (YYYYMM) as the real
//                                      API does. `fields` containing `form:(…)` projects the form's
//                                      questions in, as LinkedIn's field projection does.
// Errors use LinkedIn's envelope {status, code, message} (serviceErrorCode for token errors).
// Controls, under /__fake/linkedin/:
//   POST responses  {id, accessToken, organizationId, formId, questions: [{questionId?, name,
//                   predefinedField?, answer | options+chosen}], submittedAt?, testLead?}
//                   registers a response and returns it with the LEAD_ACTION notification
//                   LinkedIn would POST to the webhook for it
//   POST sign       {body}  the X-LI-Signature LinkedIn would send (a string body, or JSON that is
//                   serialised first and returned as `body`)
//   POST fail-next  {status?, id?}  the next API call (about that response id, or any) fails
//   GET  requests   the API calls made, oldest first, with the headers that matter
import type { IncomingMessage, ServerResponse } from 'node:http'
import { readBody, sendJson } from '../json-server.ts'
import type { FakePart } from '../outside-fake.ts'
import { OUTSIDE_FAKE_SECRETS } from '../outside-fake-secrets.ts'
import { bodyText, hmacHex, isText, parseObject, takeFailure } from './shared.ts'

interface FakeQuestion {
  questionId: number
  name: string
  predefinedField?: string
  answer?: string
  options?: { id: number; text: string }[]
  chosen?: number[]
}

interface FakeResponse {
  id: string
  accessToken: string
  organizationId: string
  formId: string
  submittedAt: number
  testLead: boolean
  questions: FakeQuestion[]
}

interface Failure {
  id?: string
  status: number
}

interface ApiCall {
  method: string
  path: string
  authorization: string | null
  linkedinVersion: string | null
  restliProtocolVersion: string | null
  fields: string | null
}

const RESPONSES_PATH = '/rest/leadFormResponses/'

/** What LinkedIn puts in X-LI-Signature: `hmacsha256=` and the hex HMAC-SHA256 of the raw body. */
export function linkedinSignature(
  body: string,
  secret: string = OUTSIDE_FAKE_SECRETS.LINKEDIN_CLIENT_SECRET,
) {
  return `hmacsha256=${hmacHex(secret, body)}`
}

const linkedinError = (
  res: ServerResponse,
  status: number,
  message: string,
  extra: Record<string, unknown> = {},
) => sendJson(res, status, { status, message, ...extra })

function toQuestions(input: unknown): FakeQuestion[] | string {
  if (!Array.isArray(input)) return 'questions must be an array'
  const out: FakeQuestion[] = []
  for (const [i, q] of input.entries()) {
    if (typeof q !== 'object' || q === null || !isText((q as { name?: unknown }).name)) {
      return `questions[${i}] needs a name`
    }
    const question = q as Partial<FakeQuestion>
    out.push({
      questionId: typeof question.questionId === 'number' ? question.questionId : 1000 + i,
      name: question.name!,
      ...(isText(question.predefinedField) && { predefinedField: question.predefinedField }),
      ...(typeof question.answer === 'string' && { answer: question.answer }),
      ...(Array.isArray(question.options) && { options: question.options }),
      ...(Array.isArray(question.chosen) && { chosen: question.chosen }),
    })
  }
  return out
}

function toResponse(input: Record<string, unknown>): FakeResponse | string {
  const { id, accessToken, organizationId, formId, submittedAt, testLead } = input
  if (!isText(id)) return 'id is required'
  if (!isText(accessToken)) return 'accessToken is required'
  if (!isText(organizationId) || !/^\d+$/.test(organizationId)) return 'organizationId must be digits'
  if (!isText(formId) || !/^\d+$/.test(formId)) return 'formId must be digits'
  const questions = toQuestions(input.questions)
  if (typeof questions === 'string') return questions
  return {
    id,
    accessToken,
    organizationId,
    formId,
    submittedAt: typeof submittedAt === 'number' ? submittedAt : Date.now(),
    testLead: testLead === true,
    questions,
  }
}

const localized = (text: string) => ({ localized: { en_US: text } })

/** The response as LinkedIn returns it; the form only when the projection asks for it. */
function render(response: FakeResponse, withForm: boolean) {
  const answers = response.questions.flatMap((q): { questionId: number; answerDetails: object }[] => {
    if (q.chosen)
      return [{ questionId: q.questionId, answerDetails: { multipleChoiceAnswer: { options: q.chosen } } }]
    if (q.answer !== undefined) {
      return [{ questionId: q.questionId, answerDetails: { textQuestionAnswer: { answer: q.answer } } }]
    }
    return []
  })
  return {
    id: response.id,
    owner: { organization: `urn:li:organization:${response.organizationId}` },
    leadType: 'COMPANY',
    submittedAt: response.submittedAt,
    testLead: response.testLead,
    versionedLeadGenFormUrn: `urn:li:versionedLeadGenForm:(urn:li:leadGenForm:${response.formId},1)`,
    formResponse: { answers, consentResponses: [] },
    ...(withForm && {
      form: {
        id: Number(response.formId),
        name: `Form ${response.formId}`,
        content: {
          questions: response.questions.map((q) => ({
            questionId: q.questionId,
            name: q.name,
            question: localized(q.name),
            ...(q.predefinedField && { predefinedField: q.predefinedField }),
            questionDetails: q.options
              ? {
                  multipleChoiceQuestionDetails: {
                    options: q.options.map((o) => ({ id: o.id, text: localized(o.text) })),
                  },
                }
              : { textQuestionDetails: { maxResponseLength: 300 } },
          })),
        },
      },
    }),
  }
}

/** The Lead Sync notification LinkedIn POSTs when this response is created. */
const notificationFor = (response: FakeResponse) => ({
  type: 'LEAD_ACTION',
  leadGenFormResponse: `urn:li:leadGenFormResponse:${response.id}`,
  leadGenForm: `urn:li:versionedLeadGenForm:(urn:li:leadGenForm:${response.formId},1)`,
  owner: { organization: `urn:li:organization:${response.organizationId}` },
  leadAction: 'CREATED',
  leadType: 'COMPANY',
  occurredAt: response.submittedAt,
})

export function linkedinFake(): FakePart {
  const responses = new Map<string, FakeResponse>()
  const failures: Failure[] = []
  const calls: ApiCall[] = []

  function getResponse(req: IncomingMessage, res: ServerResponse, id: string, url: URL) {
    const version = req.headers['linkedin-version']
    if (typeof version !== 'string' || !/^\d{6}(\.\d{2})?$/.test(version)) {
      return linkedinError(
        res,
        400,
        'A version must be present. Please specify a version by adding the LinkedIn-Version header.',
        { code: 'VERSION_MISSING' },
      )
    }
    const token = req.headers.authorization?.startsWith('Bearer ') ? req.headers.authorization.slice(7) : null
    const response = responses.get(id)
    if (!token || (response && token !== response.accessToken)) {
      return linkedinError(res, 401, 'Invalid access token', {
        serviceErrorCode: 65600,
        code: 'INVALID_ACCESS_TOKEN',
      })
    }
    if (!response) return linkedinError(res, 404, `Not found: leadFormResponse ${id}`, { code: 'NOT_FOUND' })
    const withForm = /(^|,)form:\(/.test(url.searchParams.get('fields') ?? '')
    sendJson(res, 200, render(response, withForm))
  }

  async function control(req: IncomingMessage, res: ServerResponse, action: string) {
    if (req.method === 'GET' && action === 'requests') return sendJson(res, 200, calls)
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'POST only' })
    const body = parseObject(await readBody(req))
    if (!body) return sendJson(res, 400, { error: 'the body must be a JSON object' })
    if (action === 'responses') {
      const response = toResponse(body)
      if (typeof response === 'string') return sendJson(res, 400, { error: response })
      responses.set(response.id, response)
      return sendJson(res, 201, { response: render(response, true), notification: notificationFor(response) })
    }
    if (action === 'sign') {
      const text = bodyText(body.body ?? {})
      return sendJson(res, 200, { body: text, signature: linkedinSignature(text) })
    }
    if (action === 'fail-next') {
      failures.push({
        status: typeof body.status === 'number' ? body.status : 500,
        ...(isText(body.id) && { id: body.id }),
      })
      return sendJson(res, 200, { pending: failures.length })
    }
    return sendJson(res, 404, { error: `no control ${action}` })
  }

  return {
    name: 'linkedin',
    async api(req, res, rest, url) {
      const header = (name: string) =>
        typeof req.headers[name] === 'string' ? (req.headers[name] as string) : null
      calls.push({
        method: req.method ?? 'GET',
        path: rest,
        authorization: header('authorization'),
        linkedinVersion: header('linkedin-version'),
        restliProtocolVersion: header('x-restli-protocol-version'),
        fields: url.searchParams.get('fields'),
      })
      const id = rest.startsWith(RESPONSES_PATH)
        ? decodeURIComponent(rest.slice(RESPONSES_PATH.length))
        : null
      const failure = takeFailure(failures, id)
      if (failure)
        return linkedinError(res, failure.status, 'Injected failure (fake)', { code: 'SERVER_ERROR' })
      if (req.method === 'GET' && id && !id.includes('/')) return getResponse(req, res, id, url)
      return linkedinError(res, 404, `No resource at ${rest}`, { code: 'NOT_FOUND' })
    },
    control: (req, res, action) => control(req, res, action),
  }
}
