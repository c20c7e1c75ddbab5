// D1: users, their memberships in tenants, sessions, and the factors that prove who they are.
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { createdAt } from '../../lib/time.ts'
import { tenants } from '../tenants/tenants.tables.ts'
import { ROLES } from './permissions.ts'

const timestamp = (name: string) => integer(name, { mode: 'timestamp_ms' })

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  emailVerifiedAt: timestamp('email_verified_at'),
  // The TOTP secret, sealed with AES-GCM under a key derived from SESSION_SECRET (see mfa).
  totpSecret: text('totp_secret'),
  totpEnabledAt: timestamp('totp_enabled_at'),
  // The 30-second step of the last accepted code: a code is good once, even inside its window.
  totpLastUsedStep: integer('totp_last_used_step'),
  // Counted per account so a slow, distributed guesser is stopped too; reset on success.
  failedSignIns: integer('failed_sign_ins').notNull().default(0),
  lockedUntil: timestamp('locked_until'),
  // Vitrine staff: may list and suspend tenants and impersonate for support.
  platformRole: text('platform_role', { enum: ['super_admin'] }),
  createdAt: createdAt(),
})

export const memberships = sqliteTable(
  'memberships',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role', { enum: ROLES }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('memberships_tenant_user').on(t.tenantId, t.userId),
    index('memberships_user').on(t.userId),
  ],
)

/** A member with rows here sees only these branches; none means every branch. */
export const membershipBranches = sqliteTable(
  'membership_branches',
  {
    membershipId: text('membership_id')
      .notNull()
      .references(() => memberships.id, { onDelete: 'cascade' }),
    branchId: text('branch_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.membershipId, t.branchId] })],
)

/**
 * One signed-in browser or API client. The refresh token is stored only as a hash and rotates
 * on every use; presenting a superseded one revokes the session (it was stolen or replayed).
 */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    refreshHash: text('refresh_hash').notNull(),
    previousRefreshHash: text('previous_refresh_hash'),
    // How the session was proven: 'pwd', 'pwd+totp', 'pwd+recovery', 'passkey', 'qr', ...
    method: text('method').notNull(),
    // Set when a platform admin acts as this user; every action is audited with it.
    impersonatorId: text('impersonator_id'),
    userAgent: text('user_agent'),
    ip: text('ip'),
    location: text('location'),
    lastUsedAt: timestamp('last_used_at').notNull(),
    expiresAt: timestamp('expires_at').notNull(),
    revokedAt: timestamp('revoked_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('sessions_user').on(t.userId),
    uniqueIndex('sessions_refresh').on(t.refreshHash),
    index('sessions_previous_refresh').on(t.previousRefreshHash),
  ],
)

/** Single-use secrets sent by e-mail (verification, reset); only the hash is kept. */
export const emailTokens = sqliteTable(
  'email_tokens',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    purpose: text('purpose', { enum: ['verify_email', 'reset_password'] }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at').notNull(),
    usedAt: timestamp('used_at'),
    createdAt: createdAt(),
  },
  (t) => [index('email_tokens_user').on(t.userId, t.purpose)],
)

export const recoveryCodes = sqliteTable(
  'recovery_codes',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at'),
    createdAt: createdAt(),
  },
  (t) => [index('recovery_codes_user').on(t.userId)],
)

/** WebAuthn credentials (passkeys), as @simplewebauthn/server stores them. */
export const passkeys = sqliteTable(
  'passkeys',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    publicKey: text('public_key').notNull(),
    counter: integer('counter').notNull().default(0),
    transports: text('transports', { mode: 'json' }).$type<string[]>(),
    deviceType: text('device_type').notNull(),
    backedUp: integer('backed_up', { mode: 'boolean' }).notNull().default(false),
    lastUsedAt: timestamp('last_used_at'),
    createdAt: createdAt(),
  },
  (t) => [index('passkeys_user').on(t.userId)],
)
