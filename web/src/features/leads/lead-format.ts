import type { Lead } from '../../api/leads.ts'
import type { LeadEvent } from '../../realtime/messages.ts'

/** Typed against the worker's enum, so adding a status there fails type-checking here. */
export const STATUS_LABELS: Record<Lead['status'], string> = {
  new: 'New',
  contacted: 'Contacted',
  qualified: 'Qualified',
  won: 'Won',
  lost: 'Lost',
}

const SOURCES: Record<Lead['source'], true> = {
  microsite_form: true,
  staff_card: true,
  booking_request: true,
}

const isStatus = (s: string): s is Lead['status'] => Object.hasOwn(STATUS_LABELS, s)
const isSource = (s: string): s is Lead['source'] => Object.hasOwn(SOURCES, s)

/** The realtime protocol types status and source loosely; the table needs the exact values. */
export function toLead(event: LeadEvent): Lead | null {
  const { status, source } = event
  if (!isStatus(status) || !isSource(source)) return null
  return { ...event, status, source }
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

export function formatReceived(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date)
}

/** `tel:` links want the digits only. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^+0-9]/g, '')}`
