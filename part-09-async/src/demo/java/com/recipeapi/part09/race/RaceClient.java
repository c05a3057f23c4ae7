package com.recipeapi.part09.race;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * One race client: a kept-alive HTTP/1.1 connection on which it sends GETs, one after another, and reads each
 * answer's status and {@code X-Process-Time}. It runs on its caller's thread, without the hand-offs between
 * threads of a general client, so that the race leaves the server what CPU the machine has.
 */
final class RaceClient implements AutoCloseable {
    /** An answer: its status and the server's {@code X-Process-Time} in seconds (-1 when there is none). */
    record Answer(int status, double processTime) {}

    private final String host;
    private final int port;
    private final int timeoutMillis;
    private volatile Socket socket;
    private InputStream in;
    private OutputStream out;

    RaceClient(String host, int port, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = (int) timeout.toMillis();
    }

    /** Opens the connection now, so that the race's clock does not count it. */
    void connect() throws IOException {
        if (socket == null) {
            Socket opened = new Socket();
            opened.setTcpNoDelay(true);
            opened.connect(new InetSocketAddress(host, port), timeoutMillis);
            opened.setSoTimeout(timeoutMillis);
            in = new BufferedInputStream(opened.getInputStream());
            out = opened.getOutputStream();
            socket = opened;
        }
    }

    Answer get(String path) throws IOException {
        boolean kept = socket != null;
        try {
            return send(path);
        } catch (EOFException closedMeanwhile) {
            if (!kept) {
                throw closedMeanwhile;
            }
            return send(path); // the server closed a kept-alive connection before it read this request: anew
        }
    }

    private Answer send(String path) throws IOException {
        connect();
        try {
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String status = line();
            if (status == null) {
                throw new EOFException("the server closed the connection");
            }
            if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
                throw new IOException("not an HTTP/1.1 answer: " + status);
            }
            return body(Integer.parseInt(status.substring(9, 12)));
        } catch (IOException | RuntimeException e) {
            close();
            throw e instanceof IOException io ? io : new IOException(e);
        }
    }

    /** Reads the headers and the body, which is discarded; answers the status and the server's time. */
    private Answer body(int status) throws IOException {
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        double processTime = -1;
        for (String header = line(); header != null && !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name =
                    colon < 0 ? header : header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = colon < 0 ? "" : header.substring(colon + 1).strip();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                case "connection" -> close = value.equalsIgnoreCase("close");
                case "x-process-time" -> processTime = Double.parseDouble(value);
                default -> {}
            }
        }
        if (chunked) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                skip(size + 2);
            }
            for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                // trailers, up to the empty line, are not needed
            }
        } else if (length >= 0) {
            skip(length);
        } else {
            in.transferTo(OutputStream.nullOutputStream()); // no length: the body ends with the connection
            close = true;
        }
        if (close) {
            close();
        }
        return new Answer(status, processTime);
    }

    private long chunkSize() throws IOException {
        String size = line();
        if (size == null) {
            throw new EOFException("the body ended early");
        }
        return Long.parseLong(size.split(";")[0].strip(), 16);
    }

    private void skip(long count) throws IOException {
        in.skipNBytes(count); // throws EOFException when the body ends early
    }

    /** One line, without its CRLF; null at the end of the stream. */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                return line.length() == 0 ? null : line.toString();
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    /** Closes the connection; from another thread, this ends a request that is waiting for its answer. */
    @Override
    public void close() {
        Socket open = socket;
        socket = null;
        if (open != null) {
            try {
                open.close();
            } catch (IOException ignored) {
                // closing is all that was asked
            }
        }
    }
}
