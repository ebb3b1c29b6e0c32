/** Port of the SMTP catcher the email specs run; the e2e server's worker sends there. */
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2525);
