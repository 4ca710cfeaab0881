package com.mentorplatform.api.mail;

import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of every mail, one template per kind of mail ({@code mail/<KIND>.txt}: a subject, the topic
 * an unsubscribe names, and the body), with one footer. The HTML part is made from the same template, so the
 * two parts always say the same; values are escaped there, and only the links the platform makes become links.
 * All templates are read at start-up, so a missing one stops the start rather than a mail.
 */
@Singleton
class MailTemplates {

    /** A mail ready to send. */
    record Rendered(String subject, String text, String html) {
    }

    private record Template(String subject, String topic, String body) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
    private static final Set<String> LINKS = Set.of("consoleUrl", "unsubscribeUrl");
    private static final String HEADER_END = "---\n";

    private final Map<String, Template> templates = new HashMap<>();
    private final String footer;
    private final String unsubscribed;

    MailTemplates() {
        for (String kind : MailKinds.ALL) {
            templates.put(kind, parse(kind, resource(kind)));
        }
        footer = resource("footer");
        unsubscribed = resource("unsubscribed");
    }

    /** The mail of this kind with these values ({@code name}, {@code message}, {@code tenant}, the two links). */
    Rendered render(String kind, Map<String, String> values) {
        Template template = templates.get(kind);
        Map<String, String> all = new HashMap<>(values);
        all.put("topic", template.topic());
        String text = fill(template.body(), all, false) + "\n-- \n" + fill(footer, all, false);
        String html = "<!DOCTYPE html>\n<html><body style=\"font-family: sans-serif; line-height: 1.4\">\n"
                + paragraphs(template.body(), all, "<p>")
                + "<hr>\n" + paragraphs(footer, all, "<p style=\"color: #666; font-size: small\">")
                + "</body></html>\n";
        return new Rendered(fill(template.subject(), all, false), text, html);
    }

    /** The sentence the unsubscribe link answers with. */
    String unsubscribed(String kind) {
        return fill(unsubscribed, Map.of("topic", templates.get(kind).topic()), false);
    }

    private static String paragraphs(String template, Map<String, String> values, String open) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : template.strip().split("\n\\s*\n")) {
            html.append(open).append(fill(escape(paragraph.strip()), values, true).replace("\n", "<br>\n"))
                    .append("</p>\n");
        }
        return html.toString();
    }

    private static String fill(String template, Map<String, String> values, boolean html) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String key = matcher.group(1);
            String value = values.get(key);
            if (value == null) {
                throw new IllegalArgumentException("No value for {{" + key + "}} in a mail template");
            }
            String shown = !html ? value
                    : LINKS.contains(key) ? "<a href=\"" + escape(value) + "\">" + escape(value) + "</a>" : escape(value);
            matcher.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static Template parse(String name, String text) {
        int end = text.indexOf(HEADER_END);
        if (!text.startsWith("Subject: ") || end < 0) {
            throw new IllegalStateException("Mail template " + name + " must start with Subject:, Topic: and ---");
        }
        String subject = null;
        String topic = null;
        for (String line : text.substring(0, end).split("\n")) {
            if (line.startsWith("Subject: ")) {
                subject = line.substring("Subject: ".length()).strip();
            } else if (line.startsWith("Topic: ")) {
                topic = line.substring("Topic: ".length()).strip();
            }
        }
        if (subject == null || topic == null) {
            throw new IllegalStateException("Mail template " + name + " needs both Subject: and Topic:");
        }
        return new Template(subject, topic, text.substring(end + HEADER_END.length()).strip());
    }

    private static String resource(String name) {
        String path = "mail/" + name + ".txt";
        try (InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing mail template " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
