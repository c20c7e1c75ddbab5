export { leadHooks } from './hooks/index.ts'
