export { summariseUserAgent } from '../../lib/user-agent.ts'
