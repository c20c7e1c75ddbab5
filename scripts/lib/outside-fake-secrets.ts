// The secrets `npm start` and the tests give the Worker for the outside-APIs fake. They are
// not secret: the fake accepts exactly these, as the real services accept the real ones.
export const OUTSIDE_FAKE_SECRETS = {
  TURNSTILE_SITE_KEY: '1x00000000000000000000AA',
  TURNSTILE_SECRET_KEY: '1x0000000000000000000000000000000AA',
  META_APP_SECRET: 'local-meta-app-secret',
  META_VERIFY_TOKEN: 'local-meta-verify-token',
  WHATSAPP_PHONE_NUMBER_ID: '100000000000001',
  WHATSAPP_ACCESS_TOKEN: 'local-whatsapp-access-token',
  LINKEDIN_CLIENT_SECRET: 'local-linkedin-client-secret',
} as const
