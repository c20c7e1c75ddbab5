import type { ReactNode } from 'react'
import { Missing } from './LeadsTable.tsx'
import { formatReceived, SOURCE_LABELS, SPAM_REASON_LABELS, STATUS_LABELS, telHref } from './lead-format.ts'
import type { LeadDetail } from './leads-api.ts'
import { SlaStatus } from './SlaStatus.tsx'
import type { People } from './usePeople.ts'

const ASSIGNMENT_REASONS: Record<string, string> = {
  manual: 'Assigned by hand',
  claimed: 'Claimed',
  staff_card: "From the staff member's card",
  round_robin: 'Round-robin',
}

/** A titled card of labelled facts. Every value is text: what a visitor typed is never markup. */
function Facts({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="lead-card">
      <h2 className="lead-card__title">{title}</h2>
      <dl className="lead-facts">{children}</dl>
    </section>
  )
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children ?? <Missing />}</dd>
    </div>
  )
}

const when = (iso: string | null | undefined) =>
  iso ? <time dateTime={iso}>{formatReceived(iso)}</time> : null

export function LeadFacts({
  detail,
  people,
  branchName,
}: {
  detail: LeadDetail
  people: People
  branchName: (branchId: string) => string
}) {
  const { lead } = detail
  const consent = lead.consent
  const utm = Object.entries(lead.utm ?? {}).filter(([, v]) => v)
  const fields = Object.entries(lead.fields)
  return (
    <div className="lead-cards">
      <Facts title="Summary">
        <Fact term="Status">
          <span className="badge" data-status={lead.status}>
            {STATUS_LABELS[lead.status]}
          </span>
        </Fact>
        <Fact term="Owner">{lead.ownerUserId ? people.nameOf(lead.ownerUserId) : 'Unassigned'}</Fact>
        {lead.ownerUserId && (
          <Fact term="How it was assigned">
            {detail.assignmentReason
              ? (ASSIGNMENT_REASONS[detail.assignmentReason] ?? detail.assignmentReason)
              : null}
          </Fact>
        )}
        <Fact term="Response">
          <SlaStatus sla={lead.sla} />
        </Fact>
        <Fact term="Branch">{branchName(lead.branchId)}</Fact>
        <Fact term="Source">{SOURCE_LABELS[lead.source]}</Fact>
        <Fact term="Received">{when(lead.createdAt)}</Fact>
        <Fact term="Arrivals">{`${lead.touchCount}, the last ${formatReceived(lead.lastTouchAt)}`}</Fact>
      </Facts>
      <Facts title="Contact">
        <Fact term="E-mail">{lead.email && <a href={`mailto:${lead.email}`}>{lead.email}</a>}</Fact>
        <Fact term="Phone">{lead.phone && <a href={telHref(lead.phone)}>{lead.phone}</a>}</Fact>
        <Fact term="Message">{lead.message && <span className="lead-text">{lead.message}</span>}</Fact>
        {lead.booking && (
          <Fact term="Booking request">
            {[lead.booking.service, lead.booking.preferredDate, lead.booking.preferredTime]
              .filter(Boolean)
              .join(', ') || null}
          </Fact>
        )}
      </Facts>
      {fields.length > 0 && (
        <Facts title="Answers">
          {fields.map(([key, value]) => (
            <Fact key={key} term={key}>
              <span className="lead-text">{value}</span>
            </Fact>
          ))}
        </Facts>
      )}
      <Facts title="Consent">
        <ConsentFact term="To be contacted" record={consent?.contact} />
        <ConsentFact term="Marketing" record={consent?.marketing} />
      </Facts>
      {utm.length > 0 && (
        <Facts title="Campaign (UTM)">
          {utm.map(([key, value]) => (
            <Fact key={key} term={key}>
              {value}
            </Fact>
          ))}
        </Facts>
      )}
      {(lead.spam.marked || lead.spam.reasons.length > 0) && (
        <Facts title="Spam checks">
          <Fact term="Score">{`${lead.spam.score} of 100${lead.spam.marked ? ', marked as spam' : ''}`}</Fact>
          <Fact term="Reasons">
            {lead.spam.reasons.length > 0 && (
              <ul className="plain-list">
                {lead.spam.reasons.map((r) => (
                  <li key={r}>{SPAM_REASON_LABELS[r]}</li>
                ))}
              </ul>
            )}
          </Fact>
        </Facts>
      )}
    </div>
  )
}

function ConsentFact({
  term,
  record,
}: {
  term: string
  record: { text: string; version: string; at: string } | null | undefined
}) {
  return (
    <Fact term={term}>
      {record ? (
        <>
          <q className="lead-text">{record.text}</q>
          <span className="muted lead-consent-meta">
            {' '}
            Wording version {record.version}, given {when(record.at)}
          </span>
        </>
      ) : (
        'Not given'
      )}
    </Fact>
  )
}
