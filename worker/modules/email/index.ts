export { EmailMessage, enqueueEmail } from './email.messages.ts'
export { sendEmails } from './jobs/send-emails.ts'
