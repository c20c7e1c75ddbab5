import { z } from '@hono/zod-openapi'
import { API_SCOPES } from '../auth/permissions.ts'

export const CreateApiKeyBody = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(1, 'Give the key a name, such as the system that will use it')
      .max(80, 'Use at most 80 characters')
      .openapi({ example: 'Zapier lead sync' }),
    scopes: z
      .array(z.enum(API_SCOPES))
      .min(1, 'Choose at least one scope')
      .max(API_SCOPES.length)
      .refine((s) => new Set(s).size === s.length, 'List each scope once')
      .openapi({ example: ['leads:read'], description: 'What the key may do; `area:write` includes read.' }),
  })
  .openapi('CreateApiKeyBody')
export type CreateApiKeyBody = z.infer<typeof CreateApiKeyBody>

export const ApiKey = z
  .object({
    id: z.string().openapi({ example: 'key_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    name: z.string().openapi({ example: 'Zapier lead sync' }),
    prefix: z
      .string()
      .openapi({ example: 'vk_live_AbC1', description: 'The start of the key, to tell keys apart' }),
    scopes: z.array(z.enum(API_SCOPES)),
    createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
    createdAt: z.string().openapi({ example: '2026-11-21T09:30:00.000Z' }),
    lastUsedAt: z
      .string()
      .nullable()
      .openapi({ description: 'Null until first used; updated about once a minute' }),
    revokedAt: z.string().nullable(),
  })
  .openapi('ApiKey')
export type ApiKey = z.infer<typeof ApiKey>

export const CreatedApiKey = ApiKey.extend({
  key: z.string().openapi({
    example: 'vk_live_AbC1dEf2gHi3jKl4mNo5pQr6sTu7vWx8yZa9bCd0eFg',
    description: 'The secret. Shown in this response only; store it now.',
  }),
}).openapi('CreatedApiKey')
export type CreatedApiKey = z.infer<typeof CreatedApiKey>

export const ApiKeyList = z.object({ data: z.array(ApiKey) }).openapi('ApiKeyList')
export type ApiKeyList = z.infer<typeof ApiKeyList>
