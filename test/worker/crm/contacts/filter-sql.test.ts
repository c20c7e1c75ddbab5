// The compiler on its own: the SQL it writes (index-friendly forms) and the 400s it answers.
import { PgDialect } from 'drizzle-orm/pg-core'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../../worker/lib/errors.ts'
import type { CrmFilter } from '../../../../worker/modules/crm/filters/filter.schemas.ts'
import type { FilterFieldDef } from '../../../../worker/modules/crm/filters/filter-sql.ts'
import { filterSql, phoneDigitsOf, sortSql } from '../../../../worker/modules/crm/filters/filter-sql.ts'

const dialect = new PgDialect()
const defs: FilterFieldDef[] = [
  { key: 'budget', label: 'Budget', type: 'number', options: [] },
  { key: 'plan', label: 'Plan', type: 'select', options: ['Basic', 'Pro'] },
  { key: 'interests', label: 'Interests', type: 'multi_select', options: ['Wine'] },
]

const render = (entity: 'contact' | 'company' | 'deal', filter: Partial<CrmFilter>) => {
  const where = filterSql(entity, filter, defs)
  return where ? dialect.sqlToQuery(where) : undefined
}

function problem(fn: () => unknown): ApiError {
  try {
    fn()
  } catch (error) {
    if (error instanceof ApiError) return error
    throw error
  }
  throw new Error('expected a 400')
}

describe('filterSql', () => {
  it('filters nothing when there is nothing to filter on', () => {
    expect(render('contact', { conditions: [] })).toBeUndefined()
    expect(render('contact', { q: '   ' })).toBeUndefined()
  })

  it('uses JSON containment for options, so the GIN index answers', () => {
    const q = render('contact', { conditions: [{ field: 'custom.plan', op: 'in', value: ['Pro', 'Basic'] }] })
    expect(q?.sql).toContain('@>')
    expect(q?.params).toEqual(['{"plan":"Pro"}', '{"plan":"Basic"}'])
    const all = render('contact', {
      conditions: [{ field: 'custom.interests', op: 'has_all', value: ['Wine'] }],
    })
    expect(all?.params).toEqual(['{"interests":["Wine"]}'])
  })

  it('reads numbers only from JSON numbers, so a stray string never breaks the query', () => {
    const q = render('company', { conditions: [{ field: 'custom.budget', op: 'gt', value: '10.5' }] })
    expect(q?.sql).toContain('jsonb_typeof')
    expect(q?.params).toContain(10.5)
  })

  it('matches free text by trigram, ILIKE with escaped wildcards, and phone digits', () => {
    const q = render('contact', { q: '50%_off' })
    expect(q?.sql).toMatch(/ % \$\d/)
    expect(q?.params).toContain('%50\\%\\_off%')
    expect(render('contact', { q: '+44 (0)20 7946' })?.params).toContain('%44207946%')
    expect(render('deal', { q: 'Renewal' })?.sql).not.toContain('email')
  })

  it('joins conditions with AND or OR', () => {
    const conditions = [
      { field: 'score', op: 'gte' as const, value: 50 },
      { field: 'consentEmail', op: 'eq' as const, value: true },
    ]
    expect(render('contact', { match: 'all', conditions })?.sql).toContain(' and ')
    expect(render('contact', { match: 'any', conditions })?.sql).toContain(' or ')
  })

  it('answers 400 naming the condition for unknown fields, wrong operators and wrong values', () => {
    const unknown = problem(() => render('deal', { conditions: [{ field: 'score', op: 'gt', value: 1 }] }))
    expect(unknown.status).toBe(400)
    expect(unknown.extra.errors?.[0]?.path).toBe('filter.conditions.0.field')
    const op = problem(() => render('contact', { conditions: [{ field: 'consentSms', op: 'gt', value: 1 }] }))
    expect(op.extra.errors?.[0]?.path).toBe('filter.conditions.0.op')
    const value = problem(() =>
      render('contact', { conditions: [{ field: 'custom.budget', op: 'lt', value: 'ten' }] }),
    )
    expect(value.message).toContain('Custom field “Budget”')
    expect(value.extra.errors?.[0]?.path).toBe('filter.conditions.0.value')
    const status = problem(() =>
      render('deal', { conditions: [{ field: 'status', op: 'eq', value: 'pending' }] }),
    )
    expect(status.message).toContain('open, won, lost')
  })
})

describe('sortSql', () => {
  it('orders by value then id, and refuses list-valued fields', () => {
    const plan = sortSql('contact', { field: 'score', direction: 'desc' }, defs)
    expect(plan.orderBy.map((o) => dialect.sqlToQuery(o).sql)).toEqual([
      '"contacts"."score" desc',
      '"contacts"."id" desc',
    ])
    expect(problem(() => sortSql('contact', { field: 'tags', direction: 'asc' }, defs)).status).toBe(400)
    expect(problem(() => sortSql('company', { field: 'custom.nope', direction: 'asc' }, defs)).status).toBe(
      400,
    )
  })

  it('makes cursors that only work for their own sort', () => {
    const byName = sortSql('contact', { field: 'name', direction: 'asc' }, defs)
    const cursor = byName.cursorOf({ id: 'con_1', sortKey: 'Zoë' })
    expect(byName.after(cursor)).toBeDefined()
    expect(
      problem(() => sortSql('contact', { field: 'name', direction: 'desc' }, defs).after(cursor)).status,
    ).toBe(400)
  })
})

describe('phoneDigitsOf', () => {
  it('keeps the digits without a trunk zero, three at least', () => {
    expect(phoneDigitsOf('098765 43210')).toBe('9876543210')
    expect(phoneDigitsOf('(415) 555')).toBe('415555')
    expect(phoneDigitsOf('12')).toBeUndefined()
    expect(phoneDigitsOf('Room 101')).toBeUndefined()
  })
})
