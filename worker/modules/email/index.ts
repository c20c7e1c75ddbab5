export { AnalyticsReportData } from './analytics-report.template.ts'
export { EmailMessage, enqueueEmail, enqueueOutbound } from './email.messages.ts'
export { sendEmails } from './jobs/send-emails.ts'
export { WhatsappAlertMessage } from './whatsapp-alert.ts'
