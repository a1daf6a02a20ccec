// Every e-mail Marquee sends, as typed templates: (data) => { subject, html, text }.
export { escapeHtml } from "./escape";
export { mailLayout, MARQUEE_STUDIO_LOOK, type MailLook, type MailButton, type RenderedMail } from "./layout";
export {
  ticketsMail,
  latePaymentRefundMail,
  shippedMail,
  refundMail,
  type TicketsMail,
  type LatePaymentRefundMail,
  type ShippedMail,
  type RefundMail,
} from "./orders";
export { invitationMail, type InvitationMail } from "./team";
export {
  verificationMail,
  signUpAttemptMail,
  type VerificationMail,
  type SignUpAttemptMail,
} from "./account";
