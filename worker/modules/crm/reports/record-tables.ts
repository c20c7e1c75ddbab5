// The contact growth and activity reports as tables for CSV and Excel.
import type { ReportColumn, ReportTable } from './report-export.ts'
import type { ActivityReport, GrowthReport } from './reports.schemas.ts'

const col = (header: string, kind: ReportColumn['kind'] = 'text'): ReportColumn => ({ header, kind })

export function growthTables(r: GrowthReport): ReportTable[] {
  return [
    {
      name: 'New contacts',
      columns: [
        col('Period start', 'date'),
        col('New contacts', 'integer'),
        col('Total contacts', 'integer'),
      ],
      rows: r.series.map((s) => [s.period, s.newContacts, s.cumulative]),
    },
    {
      name: 'By source',
      columns: [col('Period start', 'date'), col('Source'), col('New contacts', 'integer')],
      rows: r.bySource.map((s) => [s.period, s.source ?? 'Unknown', s.count]),
    },
    {
      name: 'By lifecycle stage',
      columns: [col('Period start', 'date'), col('Lifecycle stage'), col('New contacts', 'integer')],
      rows: r.byLifecycle.map((s) => [s.period, s.lifecycleStage, s.count]),
    },
  ]
}

export function activityTables(r: ActivityReport): ReportTable[] {
  return [
    {
      name: 'Per period',
      columns: [
        col('Period start', 'date'),
        col('Type'),
        col('Created', 'integer'),
        col('Completed', 'integer'),
      ],
      rows: r.series.map((s) => [s.period, s.type, s.created, s.completed]),
    },
    {
      name: 'By member',
      columns: [
        col('Member'),
        col('Created', 'integer'),
        col('Completed', 'integer'),
        col('Overdue now', 'integer'),
      ],
      rows: r.rows.map((m) => [
        m.name ?? (m.userId ? 'Former member' : 'Nobody'),
        m.created,
        m.completed,
        m.overdue,
      ]),
    },
    {
      name: 'By type',
      columns: [col('Type'), col('Created', 'integer'), col('Completed', 'integer')],
      rows: r.byType.map((t) => [t.type, t.created, t.completed]),
    },
  ]
}
