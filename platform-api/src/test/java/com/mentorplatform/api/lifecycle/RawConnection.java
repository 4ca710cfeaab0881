package com.mentorplatform.api.lifecycle;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 written by hand on a socket, so a test decides exactly when each byte of a request leaves: a
 * request can be held half sent (in flight at the server) for as long as the test needs. Every read has a
 * timeout, so a server that hangs fails the test instead of stalling it.
 */
final class RawConnection implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    private final Socket socket;
    private final InputStream in;

    private RawConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
    }

    /** Connects to 127.0.0.1:{@code port}; a read waiting longer than {@code readTimeout} throws. */
    static RawConnection open(int port, Duration readTimeout) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress("127.0.0.1", port), (int) CONNECT_TIMEOUT.toMillis());
            socket.setSoTimeout((int) readTimeout.toMillis());
            return new RawConnection(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    void send(String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }

    /** Reads one response: its status line, headers (names in lower case) and a body of Content-Length bytes. */
    Response read() throws IOException {
        String[] head = new String(readUntilBlankLine(), StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(head[0].split(" ", 3)[1]);
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        return new Response(status, headers, new String(in.readNBytes(length), StandardCharsets.UTF_8));
    }

    private byte[] readUntilBlankLine() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = readByte(head.size() == 0);
            if (b < 0) {
                throw new EOFException("The server closed the connection in the middle of an answer: " + head);
            }
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toByteArray();
    }

    private int readByte(boolean first) throws IOException {
        try {
            int b = in.read();
            if (b < 0 && first) {
                throw new NoAnswer(null);
            }
            return b;
        } catch (SocketException reset) {
            if (first) {
                throw new NoAnswer(reset);
            }
            throw reset;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** The server closed or reset the connection before the first byte of an answer. */
    static final class NoAnswer extends IOException {
        NoAnswer(SocketException cause) {
            super("The connection ended before any answer", cause);
        }
    }

    record Response(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }
}
