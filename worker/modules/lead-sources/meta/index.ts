// /hooks/facebook and /hooks/whatsapp: the callback URLs of the platform's one Meta app.
import { Hono } from 'hono'
import type { AppEnv } from '../../../env.ts'
import { receiveLeadgen } from './facebook-hook.ts'
import { answerHandshake, readSignedDelivery } from './meta-hook.ts'
import { receiveWhatsApp } from './whatsapp-hook.ts'

export const metaHooks = new Hono<AppEnv>()
  .get('/facebook', (c) => answerHandshake(c, 'facebook'))
  .post('/facebook', async (c) => {
    const { raw, json } = await readSignedDelivery(c, 'facebook')
    return c.json(await receiveLeadgen(c.var.ctx, raw, json), 200)
  })
  .get('/whatsapp', (c) => answerHandshake(c, 'whatsapp'))
  .post('/whatsapp', async (c) => {
    const { raw, json } = await readSignedDelivery(c, 'whatsapp')
    return c.json(await receiveWhatsApp(c.var.ctx, raw, json), 200)
  })
