import { z } from '@hono/zod-openapi'

export const SEARCH_TYPES = ['contact', 'company', 'deal', 'note'] as const
export type SearchType = (typeof SEARCH_TYPES)[number]

export const MIN_QUERY_LENGTH = 2

const Query = z
  .string()
  .trim()
  .min(MIN_QUERY_LENGTH, `Type at least ${MIN_QUERY_LENGTH} characters`)
  .max(100)
  .openapi({
    description:
      'Words of a name (typos are forgiven), part of an e-mail address or domain, three or more digits of a phone number, or words of a note. Notes take web-search syntax: "exact phrase", -without, or.',
    example: 'Jonh Smyth',
  })

const Types = z
  .preprocess(
    (v) =>
      typeof v === 'string'
        ? [
            ...new Set(
              v
                .split(',')
                .map((t) => t.trim())
                .filter(Boolean),
            ),
          ]
        : v,
    z.array(z.enum(SEARCH_TYPES)).min(1),
  )
  .default([...SEARCH_TYPES])
  .openapi({
    type: 'string',
    description: 'Comma-separated kinds of record to search',
    example: 'contact,company,deal,note',
  })

export const SearchQuery = z.object({
  q: Query,
  types: Types,
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(50)
    .default(10)
    .openapi({ description: 'Results per kind of record' }),
})
export type SearchQuery = z.infer<typeof SearchQuery>

export const AutocompleteQuery = z.object({ q: Query })

export const Highlighted = z
  .object({
    text: z.string(),
    highlights: z
      .array(z.object({ start: z.number().int().min(0), length: z.number().int().min(1) }))
      .openapi({ description: 'Matched stretches of `text` (UTF-16 offsets), in order, not overlapping' }),
  })
  .openapi('HighlightedText', {
    example: { text: 'John Smith', highlights: [{ start: 0, length: 10 }] },
  })
export type Highlighted = z.infer<typeof Highlighted>

const RecordRef = z
  .object({
    type: z.enum(['contact', 'company', 'deal']),
    id: z.string(),
    name: z.string(),
  })
  .openapi('SearchRecordRef')

export const SearchHit = z
  .object({
    type: z.enum(SEARCH_TYPES),
    id: z.string().openapi({ example: 'con_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    title: Highlighted,
    details: z.array(Highlighted).openapi({
      description:
        "Secondary lines: a contact's e-mail, phone and job title; a company's domain and place; a deal's stage and its contact or company; a note's matching passage",
    }),
    /** Notes: the activity kind (note, call, meeting, task). */
    activityType: z.string().nullable(),
    /** Notes: what the note is about; the dashboard links there. */
    about: RecordRef.nullable(),
    rank: z
      .number()
      .openapi({ description: 'Higher is better: exact, then prefix, then full text, then similarity' }),
  })
  .openapi('SearchHit')
export type SearchHit = z.infer<typeof SearchHit>

export const SearchResults = z
  .object({
    q: z.string(),
    groups: z.array(
      z.object({
        type: z.enum(SEARCH_TYPES),
        items: z.array(SearchHit),
        hasMore: z.boolean().openapi({ description: 'More matches than `limit`' }),
      }),
    ),
  })
  .openapi('SearchResults')
export type SearchResults = z.infer<typeof SearchResults>

export const AutocompleteResults = z
  .object({ q: z.string(), items: z.array(SearchHit).max(8) })
  .openapi('AutocompleteResults')
export type AutocompleteResults = z.infer<typeof AutocompleteResults>
