import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'
import { CLOUDFLARE_FAKE_TOKEN } from './scripts/lib/cloudflare-fake.ts'
import { MAIL_SINK_KEY } from './scripts/lib/mail-sink.ts'
import { OUTSIDE_FAKE_SECRETS } from './scripts/lib/outside-fake-secrets.ts'

const d1Migrations = await readD1Migrations('migrations/d1')

export default defineConfig({
  test: {
    // One real Postgres for the whole run, started and stopped by the suite itself.
    globalSetup: [
      'test/setup/postgres.ts',
      'test/setup/mail-sink.ts',
      'test/setup/cloudflare-fake.ts',
      'test/setup/outside-fake.ts',
    ],
    // The Worker's JSON logs are worth reading only when a test fails.
    silent: 'passed-only',
    projects: [
      {
        plugins: [
          cloudflareTest(({ inject }) => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              hyperdrives: { HYPERDRIVE: inject('pgAppUrl') },
              bindings: {
                SESSION_SECRET: 'test-session-secret-that-is-long-enough-0123456789',
                D1_MIGRATIONS: d1Migrations,
                EMAIL_API_URL: inject('mailUrl'),
                EMAIL_API_KEY: MAIL_SINK_KEY,
                CLOUDFLARE_API_URL: inject('cfApiUrl'),
                CLOUDFLARE_API_TOKEN: CLOUDFLARE_FAKE_TOKEN,
                TURNSTILE_VERIFY_URL: inject('turnstileVerifyUrl'),
                META_GRAPH_URL: inject('graphUrl'),
                LINKEDIN_API_URL: inject('linkedinUrl'),
                ...OUTSIDE_FAKE_SECRETS,
              },
            },
          })),
        ],
        test: {
          name: 'worker',
          include: ['test/worker/**/*.test.ts'],
          setupFiles: ['test/setup/d1.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/node/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
})
