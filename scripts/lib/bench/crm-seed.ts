// The CRM bench's tenant: the demo organisation with tens of thousands of contacts, activities
// and deals, written straight into Postgres with generate_series (as the app role, under RLS).
import pg from 'pg'
import { DEMO } from '../demo.ts'

export interface CrmVolumes {
  contacts: number
  activities: number
  deals: number
}

export const BENCH_PIPELINE = {
  pipelineId: 'pipe_00000000000000000000000BENCH',
  stageIds: ['New', 'Contacted', 'Qualified', 'Proposal', 'Won', 'Lost'].map(
    (name, i) =>
      [
        `stg_0000000000000000000000BENCH${i}`,
        name,
        [10, 25, 50, 75, 100, 0][i],
        i < 4 ? 'open' : i === 4 ? 'won' : 'lost',
      ] as const,
  ),
}

// Pronounceable made-up names from 40 syllables, three to a word (64,000 words): varied
// enough that trigram matching behaves as on real names, and each misspelling has one answer.
const SYLLABLES = [
  'ba',
  'ce',
  'di',
  'fo',
  'gu',
  'ha',
  'je',
  'ki',
  'lo',
  'mu',
  'na',
  'pe',
  'qui',
  'ro',
  'su',
  'ta',
  've',
  'wi',
  'xo',
  'ya',
  'ze',
  'bri',
  'cla',
  'dro',
  'fle',
  'gri',
  'hol',
  'jan',
  'kor',
  'lin',
  'mar',
  'nel',
  'ost',
  'pra',
  'ren',
  'sal',
  'tor',
  'ul',
  'vin',
  'wes',
]
const WORDS = SYLLABLES.length ** 3

const word = (n: number) => {
  const s = SYLLABLES
  const w = s[n % 40]! + s[Math.floor(n / 40) % 40]! + s[Math.floor(n / 1600) % 40]!
  return w.charAt(0).toUpperCase() + w.slice(1)
}

/** The name the seed gives contact number `i` (1-based), for choosing search terms. */
export const benchName = (i: number) => `${word((i * 7) % WORDS)} ${word((i * 7919 + 13) % WORDS)}`

/** The phone number the seed gives contact number `i`. */
export const benchPhone = (i: number) => `+614${String(10_000_000 + i).padStart(8, '0')}`

// The same in SQL, over generate_series' `i`.
const SQL_SYLLABLES = `(array[${SYLLABLES.map((s) => `'${s}'`).join(',')}])`
const SQL_WORD = (n: string) =>
  `initcap(${SQL_SYLLABLES}[(${n}) % 40 + 1] || ${SQL_SYLLABLES}[((${n}) / 40) % 40 + 1] || ${SQL_SYLLABLES}[((${n}) / 1600) % 40 + 1])`
const SQL_NAME = `${SQL_WORD(`(i::bigint * 7) % ${WORDS}`)} || ' ' || ${SQL_WORD(`(i::bigint * 7919 + 13) % ${WORDS}`)}`

export async function seedCrm(
  urls: { app: string; admin: string },
  volumes: CrmVolumes,
  log: (line: string) => void,
) {
  const client = new pg.Client({ connectionString: urls.app })
  await client.connect()
  const t = DEMO.tenantId
  const q = (text: string, values: unknown[] = []) => client.query(text, values)
  try {
    await q('begin')
    await q("select set_config('app.tenant_id', $1, true), set_config('app.branch_ids', '*', true)", [t])
    log(`Seeding ${volumes.contacts.toLocaleString('en-US')} contacts…`)
    await q(
      `insert into crm_fields (id, tenant_id, entity, key, label, type, position)
       values ('fld_00000000000000000000BENCH1', $1, 'contact', 'budget', 'Budget', 'number', 0)`,
      [t],
    )
    await q(
      `insert into contacts (id, tenant_id, name, email, phone, branch_id, owner_user_id, tags, lifecycle_stage,
         source, custom_fields, job_title, created_at, updated_at)
       select 'con_bench' || lpad(i::text, 21, '0'), $1, ${SQL_NAME},
         'person' || i || '@example.com', '+614' || lpad((10000000 + i)::text, 8, '0'), $2, $3,
         case when i % 10 = 0 then array['vip'] when i % 7 = 0 then array['newsletter', 'event'] else '{}'::text[] end,
         (array['subscriber','lead','qualified','opportunity','customer'])[i % 5 + 1],
         (array['microsite_form','facebook','google_ads','import','manual'])[i % 5 + 1],
         jsonb_build_object('budget', (i * 37) % 10000),
         (array['Owner','Manager','Chef','Buyer', null])[i % 5 + 1],
         now() - (i % 720) * interval '1 hour', now() - (i % 500) * interval '1 minute'
       from generate_series(1, $4::int) i`,
      [t, DEMO.branchId, DEMO.userId, volumes.contacts],
    )
    log('Seeding the pipeline and deals…')
    await q(
      `insert into pipelines (id, tenant_id, name, is_default, position) values ($1, $2, 'Bench sales', false, 1)`,
      [BENCH_PIPELINE.pipelineId, t],
    )
    for (const [i, [id, name, probability, kind]] of BENCH_PIPELINE.stageIds.entries()) {
      await q(
        'insert into stages (id, tenant_id, pipeline_id, name, position, win_probability, kind) values ($1, $2, $3, $4, $5, $6, $7)',
        [id, t, BENCH_PIPELINE.pipelineId, name, i, probability, kind],
      )
    }
    await q(
      `insert into deals (id, tenant_id, pipeline_id, stage_id, name, amount_minor, currency, expected_close_date,
         owner_user_id, branch_id, contact_id, status, position, created_at, updated_at)
       select 'deal_bench' || lpad(i::text, 20, '0'), $1, $2, ($3::text[])[i % 6 + 1], 'Deal ' || i,
         ((i * 7919) % 500000) * 100, 'USD', (current_date + (i % 180))::date, $4, $5,
         'con_bench' || lpad(((i * 5) % $6 + 1)::text, 21, '0'),
         case i % 6 when 4 then 'won' when 5 then 'lost' else 'open' end, i, now() - (i % 90) * interval '1 day', now()
       from generate_series(1, $7::int) i`,
      [
        t,
        BENCH_PIPELINE.pipelineId,
        BENCH_PIPELINE.stageIds.map(([id]) => id),
        DEMO.userId,
        DEMO.branchId,
        volumes.contacts,
        volumes.deals,
      ],
    )
    log(`Seeding ${volumes.activities.toLocaleString('en-US')} activities…`)
    await q(
      `insert into activities (id, tenant_id, contact_id, branch_id, type, subject, body, due_at, assignee_user_id,
         created_by_user_id, created_at)
       select 'act_bench' || lpad(i::text, 21, '0'), $1, 'con_bench' || lpad((i % $3 + 1)::text, 21, '0'), $2,
         (array['note','call','task','meeting'])[i % 4 + 1], 'Follow-up ' || i,
         'Talked about the ' || (array['catering','booking','menu','franchise','delivery'])[i % 5 + 1] || ' order number ' || i,
         case when i % 4 = 2 then now() + (i % 30) * interval '1 day' end, $4, $4, now() - (i % 1000) * interval '1 hour'
       from generate_series(1, $5::int) i`,
      [t, DEMO.branchId, volumes.contacts, DEMO.userId, volumes.activities],
    )
    await q('commit')
  } catch (error) {
    await q('rollback').catch(() => {})
    throw error
  } finally {
    await client.end()
  }
  // Statistics as autovacuum would gather them after a real import; only the owner may.
  log('Analysing the tables…')
  const admin = new pg.Client({ connectionString: urls.admin })
  await admin.connect()
  try {
    await admin.query('analyze contacts, companies, deals, activities, stages, pipelines')
  } finally {
    await admin.end()
  }
}
