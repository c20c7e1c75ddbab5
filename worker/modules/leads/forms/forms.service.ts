// Lead forms in the dashboard: list, read, create, edit, archive. Forms are live objects (not
// versioned with the site), so every change purges the site's cached pages at once.
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { newId } from '../../../lib/ids.ts'
import { auditInsert } from '../../audit/index.ts'
import { getSiteOrThrow, purgePages } from '../../sites/index.ts'
import { type FormSettings, formSettingsIssues, normaliseField } from './form.model.ts'
import { settingsColumns, toDefinition, toLeadForm } from './form-rows.ts'
import * as repo from './forms.repo.ts'
import type { CreateFormBody, LeadForm, UpdateFormBody } from './forms.schemas.ts'

/** Enough for a form per service or campaign; each one's page is purged on every change. */
export const MAX_FORMS_PER_SITE = 20

type PageOf = { brandId: string; brandSlug: string; branchId: string; branchSlug: string }

const purgeSitePages = (ctx: TenantCtx, site: PageOf) =>
  purgePages(ctx, [
    {
      tenantId: ctx.tenantId,
      brandId: site.brandId,
      brandSlug: site.brandSlug,
      branchId: site.branchId,
      branchSlug: site.branchSlug,
    },
  ])

/** The settings with each field's stray rules dropped, or a 400 naming every field to fix. */
function checkedSettings(input: FormSettings): FormSettings {
  const settings = { ...input, fields: input.fields.map(normaliseField) }
  const issues = formSettingsIssues(settings)
  if (issues.length > 0) {
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''
    throw new ApiError('BAD_REQUEST', `${issues[0]!.message}${more}`, { errors: issues })
  }
  return settings
}

export async function listSiteForms(
  ctx: TenantCtx,
  siteId: string,
  options: { archived: boolean },
): Promise<LeadForm[]> {
  await getSiteOrThrow(ctx, siteId)
  return (await repo.listForms(ctx.d1, ctx.tenantId, siteId, options)).map(toLeadForm)
}

export async function getFormOrThrow(ctx: TenantCtx, formId: string): Promise<repo.ScopedForm> {
  const found = await repo.findForm(ctx.d1, ctx.tenantId, ctx.actor.branchIds, formId)
  if (!found) throw new ApiError('NOT_FOUND', `Form ${formId} not found`)
  return found
}

export async function getForm(ctx: TenantCtx, formId: string): Promise<LeadForm> {
  return toLeadForm((await getFormOrThrow(ctx, formId)).form)
}

export async function createForm(ctx: TenantCtx, siteId: string, body: CreateFormBody): Promise<LeadForm> {
  const site = await getSiteOrThrow(ctx, siteId)
  const { name, ...input } = body
  const settings = checkedSettings(input)
  if ((await repo.countLiveForms(ctx.d1, ctx.tenantId, siteId)) >= MAX_FORMS_PER_SITE)
    throw new ApiError(
      'LIMIT_EXCEEDED',
      `A site can have at most ${MAX_FORMS_PER_SITE} forms; archive one it no longer uses first`,
    )
  const now = ctx.now()
  const row: repo.NewFormRow = {
    id: newId('leadForm', now.getTime()),
    tenantId: ctx.tenantId,
    siteId,
    name,
    ...settingsColumns(settings),
    createdAt: now,
    updatedAt: now,
  }
  await ctx.d1.batch([
    repo.insertForm(ctx.d1, row),
    auditInsert(ctx, {
      action: 'lead_form.created',
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      target: { type: 'lead_form', id: row.id },
      metadata: { siteId, name },
    }),
  ])
  await purgeSitePages(ctx, site)
  return getForm(ctx, row.id)
}

export async function updateForm(ctx: TenantCtx, formId: string, patch: UpdateFormBody): Promise<LeadForm> {
  const { form, site } = await getFormOrThrow(ctx, formId)
  if (form.archivedAt) throw new ApiError('CONFLICT', `Form ${formId} is archived and can no longer change`)
  const { id: _id, name: currentName, ...current } = toDefinition(form)
  const { name, ...changes } = patch
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined))
  const settings = checkedSettings({ ...current, ...defined })
  const now = ctx.now()
  await ctx.d1.batch([
    repo.updateFormRow(ctx.d1, ctx.tenantId, formId, {
      name: name ?? currentName,
      ...settingsColumns(settings),
      updatedAt: now,
    }),
    auditInsert(ctx, {
      action: 'lead_form.updated',
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      target: { type: 'lead_form', id: formId },
      metadata: { siteId: form.siteId, changed: Object.keys({ ...defined, ...(name ? { name } : {}) }) },
    }),
  ])
  await purgeSitePages(ctx, { ...site, branchId: site.siteBranchId })
  return getForm(ctx, formId)
}

/** Archives a form: it stops taking posts (404) and pages naming it show the built-in form. */
export async function archiveForm(ctx: TenantCtx, formId: string): Promise<void> {
  const { form, site } = await getFormOrThrow(ctx, formId)
  if (form.archivedAt) return
  const now = ctx.now()
  await ctx.d1.batch([
    repo.updateFormRow(ctx.d1, ctx.tenantId, formId, { archivedAt: now, updatedAt: now }),
    auditInsert(ctx, {
      action: 'lead_form.archived',
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      target: { type: 'lead_form', id: formId },
      metadata: { siteId: form.siteId, name: form.name },
    }),
  ])
  await purgeSitePages(ctx, { ...site, branchId: site.siteBranchId })
}
