// Date conditions. A calendar day on a timestamp column means that whole day (UTC), so
// "lte 2025-03-31" keeps the evening of the 31st; day-valued fields compare days directly.
import { and, type SQL, sql } from 'drizzle-orm'
import type { FilterOp } from './filter.schemas.ts'
import type { ResolvedField } from './filter-columns.ts'
import { type DateValue, oneDate, pair, type RawValue, type ValueSite } from './filter-values.ts'

/** An instant value as the span it covers: one point, or a day from `start` up to `end`. */
interface Span {
  start: SQL
  end: SQL
  point: boolean
}

function spanOf(value: DateValue): Span {
  if (value.kind === 'instant') {
    const at = sql`${value.at}::timestamptz`
    return { start: at, end: at, point: true }
  }
  if (value.kind === 'relative') {
    const at = sql`(now() + make_interval(days => ${value.days}::int))`
    return { start: at, end: at, point: true }
  }
  const start = sql`(${value.day}::date::timestamp at time zone 'UTC')`
  return { start, end: sql`(${start} + interval '1 day')`, point: false }
}

function instantSql(e: SQL, op: FilterOp, value: RawValue, site: ValueSite): SQL {
  if (op === 'between') {
    const [from, to] = pair(site, value)
    const a = spanOf(oneDate(site, from))
    const b = spanOf(oneDate(site, to))
    return and(sql`${e} >= ${a.start}`, b.point ? sql`${e} <= ${b.start}` : sql`${e} < ${b.end}`) as SQL
  }
  const s = spanOf(oneDate(site, value))
  switch (op) {
    case 'eq':
      return s.point ? sql`${e} = ${s.start}` : sql`(${e} >= ${s.start} and ${e} < ${s.end})`
    case 'gt':
      return s.point ? sql`${e} > ${s.start}` : sql`${e} >= ${s.end}`
    case 'gte':
      return sql`${e} >= ${s.start}`
    case 'lt':
      return sql`${e} < ${s.start}`
    default:
      return s.point ? sql`${e} <= ${s.start}` : sql`${e} < ${s.end}`
  }
}

/** A day as SQL of the field's own form: a `date`, or 'YYYY-MM-DD' text for custom dates. */
function daySql(value: DateValue, form: 'date' | 'text'): SQL {
  const day =
    value.kind === 'day'
      ? sql`${value.day}::date`
      : value.kind === 'instant'
        ? sql`(${value.at}::timestamptz at time zone 'UTC')::date`
        : sql`(current_date + ${value.days}::int)`
  return form === 'date' ? day : sql`to_char(${day}, 'YYYY-MM-DD')`
}

const COMPARE: Partial<Record<FilterOp, string>> = { eq: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' }

function dayFieldSql(e: SQL, form: 'date' | 'text', op: FilterOp, value: RawValue, site: ValueSite): SQL {
  if (op === 'between') {
    const [from, to] = pair(site, value)
    return sql`${e} between ${daySql(oneDate(site, from), form)} and ${daySql(oneDate(site, to), form)}`
  }
  return sql`${e} ${sql.raw(COMPARE[op] ?? '=')} ${daySql(oneDate(site, value), form)}`
}

/** eq/gt/gte/lt/lte/between on a date field (is_empty is handled with the other kinds). */
export function dateSql(f: ResolvedField, op: FilterOp, value: RawValue, site: ValueSite): SQL {
  return f.dayText ? dayFieldSql(f.expr, f.dayText, op, value, site) : instantSql(f.expr, op, value, site)
}
