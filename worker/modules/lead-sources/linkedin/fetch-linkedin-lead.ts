// A LinkedIn lead's answers, fetched with the source's access token and read by the predefined
// field each question asks for (first name, e-mail …); custom questions become lead fields.
import type { Ctx } from '../../../context.ts'
import type { LeadFetchMessage, LeadMessage } from '../../leads/lead-message.ts'
import { sourceLeadMessage } from '../source-lead.ts'
import { openSourceSecret } from '../source-secret.ts'
import type { SourceRow } from '../sources.repo.ts'
import {
  LINKEDIN_VERSION,
  type LinkedInAnswer,
  LinkedInFormResponse,
  type LinkedInQuestion,
  leadGenFormUrn,
} from './linkedin-api.ts'

const FETCH_TIMEOUT_MS = 10_000

export async function fetchLinkedInLead(
  ctx: Ctx,
  msg: LeadFetchMessage,
  source: SourceRow,
): Promise<LeadMessage> {
  const token = await openSourceSecret(ctx, source)
  if (!token) throw new Error('The LinkedIn access token of this source is missing; reconnect the source')
  const response = await getFormResponse(ctx, token, msg.externalId)
  const answers = readAnswers(response)
  const formRef = leadGenFormUrn(response.versionedLeadGenFormUrn) ?? leadGenFormUrn(msg.formRef)
  return sourceLeadMessage(ctx, source, {
    leadId: msg.leadId,
    idempotencyKey: `li:${msg.externalId}`,
    externalId: msg.externalId,
    formRef,
    submittedAt: response.submittedAt ? new Date(response.submittedAt) : msg.receivedAt,
    contact: answers.contact,
    fields: { ...answers.fields, ...(response.testLead ? { test: 'true' } : {}) },
  })
}

async function getFormResponse(ctx: Ctx, token: string, responseId: string) {
  const url = new URL(
    `${ctx.config.LINKEDIN_API_URL}/rest/leadFormResponses/${encodeURIComponent(responseId)}`,
  )
  url.searchParams.set(
    'fields',
    'id,submittedAt,testLead,owner,versionedLeadGenFormUrn,formResponse,form:(id,name,content)',
  )
  const res = await fetch(url, {
    headers: {
      authorization: `Bearer ${token}`,
      'LinkedIn-Version': LINKEDIN_VERSION,
      'X-Restli-Protocol-Version': '2.0.0',
    },
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
  })
  if (res.status === 401 || res.status === 403) {
    throw new Error(
      `LinkedIn refused the access token (${res.status}); reconnect the source with a new token`,
    )
  }
  if (!res.ok) throw new Error(`LinkedIn answered ${res.status} for form response ${responseId}`)
  const parsed = LinkedInFormResponse.safeParse(await res.json())
  if (!parsed.success) throw new Error(`LinkedIn's form response ${responseId} has an unexpected shape`)
  return parsed.data
}

const CONTACT_FIELDS = {
  FIRST_NAME: 'first',
  LAST_NAME: 'last',
  EMAIL: 'email',
  WORK_EMAIL: 'workEmail',
  PHONE_NUMBER: 'phone',
  WORK_PHONE_NUMBER: 'workPhone',
} as const

/** Contact from the predefined questions; everything else under the question's name. */
export function readAnswers(response: LinkedInFormResponse) {
  const questions = new Map((response.form?.content?.questions ?? []).map((q) => [String(q.questionId), q]))
  const contact: Partial<Record<(typeof CONTACT_FIELDS)[keyof typeof CONTACT_FIELDS], string>> = {}
  const fields: Record<string, string> = {}
  for (const answer of response.formResponse.answers) {
    const question = questions.get(String(answer.questionId))
    const value = answerText(answer, question)
    if (!value) continue
    const role = CONTACT_FIELDS[question?.predefinedField as keyof typeof CONTACT_FIELDS]
    if (role) contact[role] = value
    else fields[fieldKey(question, answer)] = value
  }
  const name = [contact.first, contact.last].filter(Boolean).join(' ')
  return {
    contact: {
      name: name || null,
      email: contact.email ?? contact.workEmail ?? null,
      phone: contact.phone ?? contact.workPhone ?? null,
    },
    fields,
  }
}

function answerText(answer: LinkedInAnswer, question: LinkedInQuestion | undefined): string | null {
  const text = answer.answerDetails.textQuestionAnswer?.answer?.trim()
  if (text) return text
  const chosen = answer.answerDetails.multipleChoiceAnswer?.options
  if (!chosen?.length) return null
  const options = question?.questionDetails?.multipleChoiceQuestionDetails?.options ?? []
  return chosen
    .map((id) => {
      const option = options.find((o) => String(o.id) === String(id))
      return firstLocalized(option?.text?.localized) ?? String(id)
    })
    .join(', ')
}

const firstLocalized = (localized: Record<string, string> | undefined) =>
  localized ? Object.values(localized)[0] : undefined

function fieldKey(question: LinkedInQuestion | undefined, answer: LinkedInAnswer): string {
  if (question?.predefinedField) return question.predefinedField.toLowerCase()
  return (
    question?.name?.trim() || firstLocalized(question?.question?.localized) || `question_${answer.questionId}`
  )
}
