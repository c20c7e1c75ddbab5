// What we use of LinkedIn's Lead Sync API: one form response, with its form's questions
// projected in so the answers can be read without a second call.
import { z } from 'zod'

/** The Marketing API version we speak (sent as `LinkedIn-Version`). */
export const LINKEDIN_VERSION = '202506'

const Localized = z.object({ localized: z.record(z.string(), z.string()).optional() }).partial()

export const LinkedInQuestion = z.object({
  questionId: z.union([z.number(), z.string()]),
  name: z.string().optional(),
  predefinedField: z.string().optional(),
  question: Localized.optional(),
  questionDetails: z
    .object({
      multipleChoiceQuestionDetails: z
        .object({
          options: z.array(z.object({ id: z.union([z.number(), z.string()]), text: Localized.optional() })),
        })
        .optional(),
    })
    .passthrough()
    .optional(),
})
export type LinkedInQuestion = z.infer<typeof LinkedInQuestion>

export const LinkedInAnswer = z.object({
  questionId: z.union([z.number(), z.string()]),
  answerDetails: z
    .object({
      textQuestionAnswer: z.object({ answer: z.string() }).optional(),
      multipleChoiceAnswer: z.object({ options: z.array(z.union([z.number(), z.string()])) }).optional(),
    })
    .passthrough(),
})
export type LinkedInAnswer = z.infer<typeof LinkedInAnswer>

export const LinkedInFormResponse = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  submittedAt: z.number().optional(),
  testLead: z.boolean().optional(),
  owner: z
    .object({ organization: z.string().optional(), sponsoredAccount: z.string().optional() })
    .optional(),
  versionedLeadGenFormUrn: z.string().optional(),
  formResponse: z.object({ answers: z.array(LinkedInAnswer).default([]) }),
  form: z
    .object({ content: z.object({ questions: z.array(LinkedInQuestion).default([]) }).optional() })
    .passthrough()
    .optional(),
})
export type LinkedInFormResponse = z.infer<typeof LinkedInFormResponse>

/** `urn:li:leadGenForm:123` from a form id, its URN or its versioned URN `(urn:li:leadGenForm:123,1)`. */
export function leadGenFormUrn(ref: string | null | undefined): string | null {
  if (!ref) return null
  const id = /leadGenForm:(\d+)/.exec(ref)?.[1] ?? (/^\d+$/.test(ref) ? ref : null)
  return id ? `urn:li:leadGenForm:${id}` : null
}

/** The id `GET /rest/leadFormResponses/{id}` takes, from the response URN a notification names. */
export const responseIdOf = (urn: string) => urn.slice(urn.lastIndexOf(':') + 1)
