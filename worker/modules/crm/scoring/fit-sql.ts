// Fit rules test the contact (any filterable field, custom fields included) or its primary
// company (`company.<field>`), in the one filter language the lists use (filter-sql.ts), so a
// rule means exactly what the same condition means in a contact list.
import { type SQL, sql } from 'drizzle-orm'
import { ApiError } from '../../../lib/errors.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { companies, contactCompanies, contacts } from '../contacts/contacts.tables.ts'
import { type FieldDef, loadFieldDefs } from '../fields/field-defs.ts'
import type { CrmCondition } from '../filters/filter.schemas.ts'
import { filterSql } from '../filters/filter-sql.ts'

export interface FitFieldDefs {
  contact: FieldDef[]
  company: FieldDef[]
}

export async function loadFitDefs(tx: PgTx, tenantId: string): Promise<FitFieldDefs> {
  const [contact, company] = await Promise.all([
    loadFieldDefs(tx, tenantId, 'contact'),
    loadFieldDefs(tx, tenantId, 'company'),
  ])
  return { contact, company }
}

const COMPANY_PREFIX = 'company.'
const FILTER_PATH = /^filter\.conditions\.0/

/** The filter compiler's 400s, re-pointed at the rule's `condition.condition`. */
function asRuleError(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error
  const errors = error.extra.errors?.map((e) => ({
    ...e,
    path: e.path.replace(FILTER_PATH, 'condition.condition'),
  }))
  return new ApiError(error.code, error.message, { ...error.extra, errors })
}

function invalid(message: string): ApiError {
  return new ApiError('BAD_REQUEST', message, { errors: [{ path: 'condition.condition.field', message }] })
}

/**
 * The condition as a boolean SQL expression over `contacts` (true when the contact fits).
 * Unknown fields, and custom fields that are not defined, are a 400 naming the field.
 */
export function fitConditionSql(condition: CrmCondition, defs: FitFieldDefs): SQL {
  try {
    if (!condition.field.startsWith(COMPANY_PREFIX)) {
      // The score cannot depend on itself.
      if (condition.field === 'score') throw invalid('A fit rule cannot test the score itself')
      const where = filterSql('contact', { match: 'all', conditions: [condition] }, defs.contact)
      if (!where) throw invalid('The condition tests nothing')
      return where
    }
    const field = condition.field.slice(COMPANY_PREFIX.length)
    const where = filterSql('company', { match: 'all', conditions: [{ ...condition, field }] }, defs.company)
    if (!where) throw invalid('The condition tests nothing')
    return sql`exists (select 1 from ${contactCompanies} join ${companies} on ${companies.id} = ${contactCompanies.companyId} and ${companies.tenantId} = ${contactCompanies.tenantId} where ${contactCompanies.tenantId} = ${contacts.tenantId} and ${contactCompanies.contactId} = ${contacts.id} and ${contactCompanies.isPrimary} and ${companies.deletedAt} is null and (${where}))`
  } catch (error) {
    throw asRuleError(error)
  }
}
