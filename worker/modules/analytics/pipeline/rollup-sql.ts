/**
 * The statements that turn one write's raw rows into rollups, run in the same D1 batch (one
 * transaction) right after the rows are inserted. Each reads only the rows carrying this
 * write's batch id (?1): an event already stored from an earlier delivery was ignored by the
 * insert, has another batch id, and so counts nothing twice.
 *
 * Order matters. Whether a lead event is the one that created its lead is decided by
 * `analytics_leads` not holding the lead yet, so the leads row is inserted last; visitors are
 * counted before the day's visitor hashes are added. Fixed SQL, no interpolated values: the
 * only parameter is the batch id.
 */
import type { RollupDimension } from '../analytics.tables.ts'
import { channelSql, ROLLUP_VALUE_MAX } from './source.ts'

// The first touch of a lead not yet known counts the lead; ties go to the earliest, then the id.
const BATCH = `batch_events as (
  select e.*, (
    e.kind = 'lead' and e.excluded is null and e.lead_id is not null
    and not exists (select 1 from analytics_leads l where l.lead_id = e.lead_id)
    and e.id = (
      select f.id from analytics_events f
      where f.batch_id = e.batch_id and f.lead_id = e.lead_id and f.kind = 'lead' and f.excluded is null
      order by f.at, f.id limit 1)
  ) as new_lead
  from analytics_events e where e.batch_id = ?1
)`

// Every event adds to its tenant's scope, its brand's and its branch's (when it has them).
// A later touch of a known lead counts nothing, so it adds no rollup rows either.
const SCOPED = `${BATCH},
scoped_events as (
  select * from (
    select b.*, case k.column1 when 1 then b.tenant_id when 2 then b.brand_id else b.branch_id end as scope
    from batch_events b cross join (values (1), (2), (3)) k)
  where scope is not null
),
counted_events as (
  select * from scoped_events where kind != 'lead' or new_lead or excluded is not null
)`

interface Dimension {
  value: string
  /** Which events the dimension describes, beyond "counted, not excluded". */
  only?: string
}

const DIMENSIONS: Record<RollupDimension, Dimension> = {
  // Excluded events count on the `total` row and on `excluded` = reason, nowhere else.
  total: { value: `''`, only: 'true' },
  excluded: { value: 'excluded', only: 'excluded is not null' },
  source: { value: 'source' },
  referrer: { value: `coalesce(referrer_host, '')` },
  campaign: { value: `coalesce(utm_campaign, '')` },
  medium: { value: `coalesce(utm_medium, '')` },
  country: { value: `coalesce(country, '')` },
  city: {
    value: `case when city is null then '' when country is null then city else city || ', ' || country end`,
  },
  device: { value: 'device_type' },
  os: { value: `coalesce(os, '')` },
  browser: { value: `coalesce(browser, '')` },
  language: { value: `coalesce(language, '')` },
  path: { value: `coalesce(path, '')`, only: `excluded is null and kind in ('view', 'action')` },
  action: { value: `coalesce(action, '')`, only: `excluded is null and kind = 'action'` },
  placement: { value: `coalesce(placement, '')` },
}

// One row per event and dimension it describes. A VALUES list, not UNION ALL: D1 refuses
// compound SELECTs of more than five terms.
const entries = Object.entries(DIMENSIONS)
const DIMENSION_ROWS = `select scope, tenant_id, day, d.column1 as dimension,
  substr(case d.column1 ${entries.map(([name, { value }]) => `when '${name}' then ${value}`).join(' ')} end, 1, ${ROLLUP_VALUE_MAX}) as value,
  kind, excluded, new_lead
from counted_events cross join (values ${entries.map(([name]) => `('${name}')`).join(', ')}) d
where case d.column1 ${entries.map(([name, { only }]) => `when '${name}' then ${only ?? 'excluded is null'}`).join(' ')} end`

const COUNTERS = `sum(kind = 'view' and excluded is null), sum(kind = 'action' and excluded is null),
  sum(kind = 'scan' and excluded is null), sum(new_lead), sum(excluded is not null)`

const ADD_COUNTERS = (table: string) => `views = ${table}.views + excluded.views,
  actions = ${table}.actions + excluded.actions, scans = ${table}.scans + excluded.scans,
  leads = ${table}.leads + excluded.leads, excluded = ${table}.excluded + excluded.excluded`

export const DAILY_SQL = `with ${SCOPED},
dimension_rows as (${DIMENSION_ROWS})
insert into analytics_daily (scope, tenant_id, day, dimension, value, views, actions, scans, leads, excluded)
select scope, tenant_id, day, dimension, value, ${COUNTERS}
from dimension_rows where true
group by scope, tenant_id, day, dimension, value
on conflict (scope, dimension, day, value) do update set ${ADD_COUNTERS('analytics_daily')}`

export const HOURLY_SQL = `with ${SCOPED}
insert into analytics_hourly (scope, tenant_id, hour, views, actions, scans, leads, excluded)
select scope, tenant_id, at / 3600000, ${COUNTERS}
from counted_events where true
group by scope, tenant_id, at / 3600000
on conflict (scope, hour) do update set ${ADD_COUNTERS('analytics_hourly')}`

// Visitors: any non-excluded event with a hash, later lead touches included (they are visits).
const SEEN = `${SCOPED},
seen as (select distinct scope, tenant_id, day, visitor from scoped_events where visitor is not null and excluded is null)`

export const VISITORS_SQL = `with ${SEEN}
insert into analytics_daily (scope, tenant_id, day, dimension, value, visitors)
select scope, tenant_id, day, 'total', '', count(*) from seen s
where not exists (select 1 from analytics_visitors v where v.scope = s.scope and v.day = s.day and v.visitor = s.visitor)
group by scope, tenant_id, day
on conflict (scope, dimension, day, value) do update set visitors = analytics_daily.visitors + excluded.visitors`

export const REMEMBER_VISITORS_SQL = `with ${SEEN}
insert or ignore into analytics_visitors (scope, tenant_id, day, visitor)
select scope, tenant_id, day, visitor from seen`

const TOUCH_COLUMNS =
  'id, lead_id, tenant_id, at, channel, source, medium, campaign, referrer_host, qr_code_id, placement'
const touchOf = (e: string, leadId: string) =>
  `${e}.id, ${leadId} as lead_id, ${e}.tenant_id, ${e}.at, ${channelSql(e)} as channel, ${e}.source,
   ${e}.utm_medium as medium, ${e}.utm_campaign as campaign, ${e}.referrer_host, ${e}.qr_code_id, ${e}.placement`

/**
 * A new lead's path: the same visitor's earlier arrivals that day (scans, and views that came
 * tagged, through a code or from another site), then the lead's own arrival. A run of the
 * same source counts once (a scan and the page it opened are one touch). The lead's own
 * arrival is left out when it is merely direct after earlier touches: submitting the form
 * on the page the visitor already reached is no new way in.
 */
export const NEW_LEAD_TOUCHES_SQL = `with ${BATCH},
fresh as (select * from batch_events where new_lead),
path as (
  select ${touchOf('t', 'f.lead_id')}, 0 as own
  from fresh f join analytics_events t
    on t.tenant_id = f.tenant_id and t.day = f.day and t.visitor = f.visitor
  where t.excluded is null and t.kind in ('scan', 'view') and (t.at < f.at or (t.at = f.at and t.id < f.id))
    and (t.kind = 'scan' or t.qr_code_id is not null or t.utm_source is not null
      or t.utm_campaign is not null or t.referrer_host is not null)
  union all
  select ${touchOf('f', 'f.lead_id')}, 1 as own from fresh f
),
keyed as (
  select *, channel || ':' || coalesce(qr_code_id, source || '|' || coalesce(campaign, '')) as touch_key from path
),
ordered as (
  select *, lag(touch_key) over (partition by lead_id order by at, own, id) as previous,
    count(*) over (partition by lead_id) as touches
  from keyed
)
insert or ignore into analytics_touches (${TOUCH_COLUMNS})
select ${TOUCH_COLUMNS} from ordered
where (previous is null or previous != touch_key) and not (own = 1 and channel = 'direct' and touches > 1)`

/** A later touch of a known lead (another form, another channel) joins its path as it comes. */
export const LATER_TOUCHES_SQL = `with ${BATCH}
insert or ignore into analytics_touches (${TOUCH_COLUMNS})
select ${touchOf('b', 'b.lead_id')} from batch_events b
where b.kind = 'lead' and b.excluded is null and b.lead_id is not null and not b.new_lead`

export const NEW_LEADS_SQL = `with ${BATCH}
insert or ignore into analytics_leads (lead_id, tenant_id, brand_id, branch_id, at, day)
select lead_id, tenant_id, brand_id, branch_id, at, day from batch_events where new_lead`
