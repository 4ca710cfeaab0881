package com.mentorplatform.api.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * One SMTP connection (Jakarta Mail, Angus) for a batch of mails: plain text, HTML and an invitation's iCalendar
 * object as multipart/alternative, from the configured address under the tenant's name, with a one-click
 * unsubscribe (RFC 8058). Every network step has a time limit, so a hanging server cannot hold the outbox rows for long.
 */
final class SmtpConnection implements AutoCloseable {

    private final Session session;
    private final Transport transport;
    private final String from;

    private SmtpConnection(Session session, Transport transport, String from) {
        this.session = session;
        this.transport = transport;
        this.from = from;
    }

    static SmtpConnection open(MailSettings settings) throws MessagingException {
        Properties properties = new Properties();
        String timeout = String.valueOf(settings.timeout().toMillis());
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.connectiontimeout", timeout);
        properties.put("mail.smtp.timeout", timeout);
        properties.put("mail.smtp.writetimeout", timeout);
        properties.put("mail.smtp.auth", String.valueOf(!settings.username().isEmpty()));
        if (settings.startTls()) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        Session session = Session.getInstance(properties);
        Transport transport = session.getTransport("smtp");
        transport.connect(settings.host(), settings.port(),
                settings.username().isEmpty() ? null : settings.username(),
                settings.password().isEmpty() ? null : settings.password());
        return new SmtpConnection(session, transport, settings.from());
    }

    void send(OutboxMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        try {
            message.setFrom(new InternetAddress(from, mail.fromName(), StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.toAddress(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("Auto-Submitted", "auto-generated");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(part(mail.bodyText(), "plain"));
        alternative.addBodyPart(part(mail.bodyHtml(), "html"));
        CalendarPart calendar = mail.calendarPart();
        if (calendar != null) {
            alternative.addBodyPart(calendarPart(calendar));
        }
        message.setContent(alternative);
        message.saveChanges();
        transport.sendMessage(message, message.getAllRecipients());
    }

    private static MimeBodyPart part(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, StandardCharsets.UTF_8.name(), subtype);
        return part;
    }

    /**
     * The invitation as the last alternative, where calendar programs look for it (RFC 6047 2.4); the method
     * in the content type must match the one inside. Jakarta Mail has no handler for text/calendar, so the
     * part is given its bytes and the transfer encoding is chosen from them.
     */
    private static MimeBodyPart calendarPart(CalendarPart calendar) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(calendar.text().getBytes(StandardCharsets.UTF_8),
                "text/calendar; charset=UTF-8; method=" + calendar.method())));
        return part;
    }

    @Override
    public void close() throws MessagingException {
        transport.close();
    }
}
