// The demo tenant `npm start` seeds: fixed ids, so seeding twice changes nothing.
import { hashPassword } from '../../worker/modules/auth/auth.passwords.ts'

const fixed = (prefix: string, n: number) => `${prefix}_${String(n).padStart(26, '0')}`

export const DEMO = {
  tenantId: fixed('ten', 1),
  userId: fixed('usr', 1),
  membershipId: fixed('mem', 1),
  brandId: fixed('brd', 1),
  branchId: fixed('bra', 1),
  siteId: fixed('site', 1),
  versionId: fixed('sv', 1),
  hostnameId: fixed('host', 1),
  email: 'owner@demo.vitrine.dev',
  password: 'vitrine-demo',
  brandSlug: 'demo',
  branchSlug: 'downtown',
  customHostname: 'demo.localhost',
  // Platform staff, in an organisation of their own so that suspending or impersonating the
  // demo organisation never locks them out.
  admin: {
    tenantId: fixed('ten', 2),
    userId: fixed('usr', 2),
    membershipId: fixed('mem', 2),
    email: 'admin@demo.vitrine.dev',
    password: 'vitrine-admin',
  },
}

const q = (value: string) => `'${value.replaceAll("'", "''")}'`

/** SQL for D1: the demo organisation, its owner, brand, branch and a published microsite. */
export async function demoD1Sql(): Promise<string> {
  const content = {
    language: 'en',
    direction: 'ltr',
    headline: 'Fresh pasta, made downtown',
    tagline: 'Open daily 11:00–23:00 · Walk-ins welcome',
    about:
      'Family-run since 1998. Hand-rolled pasta every morning, sauces from the market, and a wine list of small producers.',
    phone: '+1 415 555 0100',
    email: 'downtown@demo.vitrine.dev',
    address: '12 Market Street, San Francisco',
    leadForm: { enabled: true, title: 'Book a table or ask us anything', submitLabel: 'Send' },
  }
  const hash = await hashPassword(DEMO.password)
  const adminHash = await hashPassword(DEMO.admin.password)
  const admin = DEMO.admin
  return [
    `INSERT OR IGNORE INTO tenants (id, name, plan_id) VALUES (${q(DEMO.tenantId)}, 'Demo Trattoria', 'plan_starter');`,
    `INSERT OR IGNORE INTO users (id, email, name, password_hash, email_verified_at) VALUES (${q(DEMO.userId)}, ${q(DEMO.email)}, 'Dana Owner', ${q(hash)}, ${Date.now()});`,
    `INSERT OR IGNORE INTO memberships (id, tenant_id, user_id, role) VALUES (${q(DEMO.membershipId)}, ${q(DEMO.tenantId)}, ${q(DEMO.userId)}, 'owner');`,
    `INSERT OR IGNORE INTO brands (id, tenant_id, slug, name, primary_color) VALUES (${q(DEMO.brandId)}, ${q(DEMO.tenantId)}, ${q(DEMO.brandSlug)}, 'Demo Trattoria', '#0f766e');`,
    `INSERT OR IGNORE INTO branches (id, tenant_id, brand_id, slug, name) VALUES (${q(DEMO.branchId)}, ${q(DEMO.tenantId)}, ${q(DEMO.brandId)}, ${q(DEMO.branchSlug)}, 'Downtown');`,
    `INSERT OR IGNORE INTO sites (id, tenant_id, branch_id) VALUES (${q(DEMO.siteId)}, ${q(DEMO.tenantId)}, ${q(DEMO.branchId)});`,
    `INSERT OR IGNORE INTO site_versions (id, tenant_id, site_id, number, content, published_at) VALUES (${q(DEMO.versionId)}, ${q(DEMO.tenantId)}, ${q(DEMO.siteId)}, 1, ${q(JSON.stringify(content))}, unixepoch('subsec') * 1000);`,
    `UPDATE sites SET published_version_id = ${q(DEMO.versionId)} WHERE id = ${q(DEMO.siteId)} AND published_version_id IS NULL;`,
    `INSERT OR IGNORE INTO hostnames (id, tenant_id, hostname, brand_id, status) VALUES (${q(DEMO.hostnameId)}, ${q(DEMO.tenantId)}, ${q(DEMO.customHostname)}, ${q(DEMO.brandId)}, 'active');`,
    `INSERT OR IGNORE INTO tenants (id, name, plan_id) VALUES (${q(admin.tenantId)}, 'Vitrine Support', 'plan_starter');`,
    `INSERT OR IGNORE INTO users (id, email, name, password_hash, email_verified_at) VALUES (${q(admin.userId)}, ${q(admin.email)}, 'Ada Admin', ${q(adminHash)}, ${Date.now()});`,
    `INSERT OR IGNORE INTO memberships (id, tenant_id, user_id, role) VALUES (${q(admin.membershipId)}, ${q(admin.tenantId)}, ${q(admin.userId)}, 'owner');`,
    `UPDATE users SET platform_role = 'super_admin' WHERE id = ${q(admin.userId)};`,
  ].join('\n')
}
