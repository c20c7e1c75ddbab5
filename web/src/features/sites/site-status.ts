import type { SiteSummary } from './sites-api.ts'

export const STATUS_LABEL: Record<SiteSummary['status'], string> = {
  draft: 'Draft',
  published: 'Published',
  changed: 'Unpublished changes',
}

export const STATUS_DESCRIPTION: Record<SiteSummary['status'], string> = {
  draft: 'Never published: visitors see a “not found” page.',
  published: 'Live, and the draft matches it.',
  changed: 'Live, with draft changes that are not published yet.',
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

export const formatDateTime = (iso: string) => dateTime.format(new Date(iso))

/** The live page's address on our host, for sites that have one. */
export const livePageUrl = (site: Pick<SiteSummary, 'path'>) => new URL(site.path, location.origin).href
