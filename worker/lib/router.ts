import { OpenAPIHono, z } from '@hono/zod-openapi'
import type { Env } from 'hono'
import { ApiError, issuesOf, Problem } from './errors.ts'

/**
 * An OpenAPI router whose validation failures become the same problem+json as every other
 * error: the hook throws, and `onError` renders.
 */
export function createRouter<E extends Env>() {
  return new OpenAPIHono<E>({
    defaultHook: (result) => {
      if (!result.success) {
        throw new ApiError('BAD_REQUEST', 'The request is not valid', { errors: issuesOf(result.error) })
      }
    },
  })
}

export const jsonBody = <T extends z.ZodType>(schema: T, description?: string) => ({
  content: { 'application/json': { schema } },
  required: true,
  ...(description ? { description } : {}),
})

export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
})

/** A documented problem+json answer, for `responses` beyond the shared `errorResponses`. */
export const problemDoc = (description: string) => ({
  content: { 'application/problem+json': { schema: Problem } },
  description,
})

/** The error answers every authenticated route can give; spread into `responses`. */
export const errorResponses = {
  400: problemDoc('The request is malformed or fails validation'),
  401: problemDoc('No valid session or API key'),
  403: problemDoc('The actor lacks the permission'),
  404: problemDoc('Not found in this tenant'),
  413: problemDoc('The body is larger than allowed'),
  415: problemDoc('The body is not JSON'),
  429: problemDoc('Too many requests'),
  500: problemDoc('Unexpected failure'),
} as const

export const IdParam = <K extends string>(name: K, example: string) =>
  z.object({
    [name]: z
      .string()
      .min(1)
      .max(64)
      .openapi({ param: { name, in: 'path' }, example }),
  } as Record<K, z.ZodString>)
