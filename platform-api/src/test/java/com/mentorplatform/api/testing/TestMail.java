package com.mentorplatform.api.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The SMTP server the API under test sends its mail to: GreenMail inside the test JVM, on a port chosen once, so
 * every test's mail simply lands here. A test may stop it to play a mail server that is down, and start it
 * again (then empty) on the same port.
 */
public final class TestMail {

    private static final int PORT = freePort();
    private static GreenMail server;

    private TestMail() {
    }

    static synchronized int start() {
        if (server == null || !server.isRunning()) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return PORT;
    }

    /** Starts the server again after {@link #stop()}, with no mail in it. */
    public static void restart() {
        start();
    }

    /** Stops the server: the API's connections are refused until {@link #restart()}. */
    public static synchronized void stop() {
        server.stop();
    }

    /** The mails received so far (since the last restart) addressed to this address. */
    public static synchronized List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    /** Waits (up to 30 s) until {@code condition} holds, failing the test otherwise. */
    public static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited 30 s for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
