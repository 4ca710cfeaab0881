package com.mentorplatform.api.mail;

import com.mentorplatform.api.text.Urls;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;

/**
 * E-mail settings from the environment ({@code PLATFORM_SMTP_HOST} and friends). Mail is off while no SMTP
 * host is set: nothing is written to the outbox and the in-app notifications work as before.
 */
@Singleton
class MailSettings {

    private static final Logger LOG = LoggerFactory.getLogger(MailSettings.class);
    private static final int MINIMUM_SECRET_BYTES = 32;

    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final String from;
    private final boolean startTls;
    private final Duration timeout;
    private final String consoleUrl;
    private final String publicApiUrl;
    private final byte[] linkSecret;
    private final int batchSize;
    private final int maxAttempts;
    private final Duration firstRetry;

    MailSettings(@Nullable @Value("${platform.smtp.host:}") String host,
                 @Value("${platform.smtp.port:25}") int port,
                 @Nullable @Value("${platform.smtp.username:}") String username,
                 @Nullable @Value("${platform.smtp.password:}") String password,
                 @Value("${platform.smtp.from:no-reply@localhost}") String from,
                 @Value("${platform.smtp.starttls:false}") boolean startTls,
                 @Value("${platform.smtp.timeout:20s}") Duration timeout,
                 @Value("${platform.console.url:`http://localhost:8081`}") String consoleUrl,
                 @Value("${platform.public-api.url:`http://localhost:8080`}") String publicApiUrl,
                 @Nullable @Value("${platform.mail.link-secret:}") String linkSecret,
                 @Nullable @Value("${platform.jwt.secret:}") String jwtSecret,
                 @Value("${platform.mail.batch-size:20}") int batchSize,
                 @Value("${platform.mail.max-attempts:10}") int maxAttempts,
                 @Value("${platform.mail.first-retry:30s}") Duration firstRetry) {
        this.host = host == null ? "" : host.strip();
        this.port = port;
        this.username = username == null ? "" : username;
        this.password = password == null ? "" : password;
        this.from = from;
        this.startTls = startTls;
        this.timeout = timeout;
        this.consoleUrl = Urls.withoutTrailingSlash(consoleUrl);
        this.publicApiUrl = Urls.withoutTrailingSlash(publicApiUrl);
        this.linkSecret = secretFrom(linkSecret, jwtSecret);
        this.batchSize = batchSize;
        this.maxAttempts = maxAttempts;
        this.firstRetry = firstRetry;
    }

    /**
     * The key unsubscribe links are signed with: {@code PLATFORM_MAIL_LINK_SECRET}, else the token secret
     * (the signer derives its own key from it, so the two uses never share a key), else a random one, with
     * which links sent before a restart stop working.
     */
    private byte[] secretFrom(@Nullable String configured, @Nullable String jwtSecret) {
        for (String candidate : new String[] {configured, jwtSecret}) {
            if (candidate != null && candidate.getBytes(StandardCharsets.UTF_8).length >= MINIMUM_SECRET_BYTES) {
                return candidate.getBytes(StandardCharsets.UTF_8);
            }
        }
        if (enabled()) {
            LOG.warn("Neither PLATFORM_MAIL_LINK_SECRET nor PLATFORM_JWT_SECRET is set (32 bytes or more): "
                    + "unsubscribe links in mails sent now stop working when this process ends");
        }
        byte[] random = new byte[MINIMUM_SECRET_BYTES];
        new SecureRandom().nextBytes(random);
        return random;
    }

    boolean enabled() {
        return !host.isEmpty();
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    String from() {
        return from;
    }

    boolean startTls() {
        return startTls;
    }

    Duration timeout() {
        return timeout;
    }

    String consoleUrl() {
        return consoleUrl;
    }

    String publicApiUrl() {
        return publicApiUrl;
    }

    byte[] linkSecret() {
        return linkSecret.clone();
    }

    int batchSize() {
        return batchSize;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    Duration firstRetry() {
        return firstRetry;
    }
}
