export { DIGEST_KIND, EmailDelivery, EmailStatus } from './email-delivery.entity';
export { EmailDigest, type DigestRun } from './email-digest.service';
export { EMAIL_MAX_ATTEMPTS, emailJobId } from './email-jobs';
export { EmailOutbox } from './email-outbox.service';
export { renderDigest, renderNotification, type RenderedEmail } from './email-templates';
export { EmailModule, EmailWorkerModule } from './email.module';
