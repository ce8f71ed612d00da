import nodemailer, { type Transporter } from "nodemailer";
import { isProduction } from "@/lib/deployment/environment";

/**
 * Where mail goes: SMTP when SMTP_URL is set (e.g. smtps://user:pass@smtp.example.com), and in
 * production that is required. Otherwise nodemailer renders the full message without sending it,
 * and the outbox keeps it: nothing leaves a developer's machine or a CI run.
 */
export type Delivery = { mode: "smtp" | "caught"; raw: string | null };

const g = globalThis as unknown as { __lcMailer?: Transporter };

function transporter(): Transporter {
  if (g.__lcMailer) return g.__lcMailer;
  const smtp = process.env.SMTP_URL;
  if (!smtp && isProduction()) throw new Error("SMTP_URL must be set in production");
  g.__lcMailer = smtp ? nodemailer.createTransport(smtp) : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return g.__lcMailer;
}

export const MAIL_FROM = process.env.MAIL_FROM ?? "License Console <no-reply@license-console.example>";

export async function deliver(message: { to: string[]; subject: string; text: string; messageId: string }): Promise<Delivery> {
  const info = await transporter().sendMail({
    from: MAIL_FROM,
    to: message.to,
    subject: message.subject,
    text: message.text,
    messageId: `<${message.messageId}@license-console>`,
  });
  const raw = (info as { message?: Buffer }).message;
  return raw ? { mode: "caught", raw: raw.toString("utf8") } : { mode: "smtp", raw: null };
}
