export { mfaRoutes } from './routes/index.ts'
