export { parkDeadLetters, purgeReplayedDeadLetters, replayDeadLetter } from './dead-letters.service.ts'
export { deadLetters } from './dead-letters.tables.ts'
export { deadLetterRoutes } from './routes/index.ts'
