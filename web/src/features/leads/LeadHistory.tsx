import { formatReceived, SOURCE_LABELS } from './lead-format.ts'
import type { LeadDetail } from './leads-api.ts'

type ActivityType = LeadDetail['activities'][number]['type']

/** Typed against the CRM's list, so a new kind of entry must be named here. */
const ACTIVITY_LABELS: Record<ActivityType, string> = {
  note: 'Note',
  task: 'Task',
  call: 'Call',
  meeting: 'Meeting',
  form_submission: 'Form sent',
  touch: 'Came back',
  assignment: 'Assignment',
  status_change: 'Status',
  sla_breach: 'Response target missed',
  escalation: 'Escalated',
  email: 'E-mail',
  whatsapp: 'WhatsApp',
  stage_change: 'Deal stage',
  merge: 'Merged',
}

/** Every arrival of the lead, then its contact's CRM timeline; newest first, all as text. */
export function LeadHistory({
  detail,
  branchName,
}: {
  detail: LeadDetail
  branchName: (branchId: string) => string
}) {
  return (
    <div className="lead-history">
      <section className="lead-card">
        <h2 className="lead-card__title">Arrivals</h2>
        {detail.touches.length === 0 ? (
          <p className="muted">No arrivals recorded.</p>
        ) : (
          <ol className="timeline">
            {detail.touches.map((t) => {
              const utm = Object.entries(t.utm ?? {}).filter(([, v]) => v)
              return (
                <li key={t.id}>
                  <p className="timeline__head">
                    <strong>{SOURCE_LABELS[t.source]}</strong> · {branchName(t.branchId)} ·{' '}
                    <time dateTime={t.createdAt}>{formatReceived(t.createdAt)}</time>
                  </p>
                  {t.message && <p className="lead-text">{t.message}</p>}
                  {utm.length > 0 && (
                    <p className="muted">UTM: {utm.map(([k, v]) => `${k} ${v}`).join(', ')}</p>
                  )}
                  {t.consent?.marketing && <p className="muted">Opted in to marketing</p>}
                </li>
              )
            })}
          </ol>
        )}
      </section>
      <section className="lead-card">
        <h2 className="lead-card__title">Timeline</h2>
        {detail.activities.length === 0 ? (
          <p className="muted">Nothing on the timeline yet.</p>
        ) : (
          <ol className="timeline">
            {detail.activities.map((a) => (
              <li key={a.id}>
                <p className="timeline__head">
                  <strong>{ACTIVITY_LABELS[a.type]}</strong> ·{' '}
                  <time dateTime={a.createdAt}>{formatReceived(a.createdAt)}</time>
                </p>
                <p className="lead-text">{a.body}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  )
}
