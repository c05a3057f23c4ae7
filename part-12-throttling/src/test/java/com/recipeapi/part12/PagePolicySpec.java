package com.recipeapi.part12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Part 12's pages and connections: the docs pages run only our own scripts, and slow clients are cut off. */
class PagePolicySpec extends ApiSpec {
    @ParameterizedTest(name = "{0} runs scripts from this server only and is never framed")
    @ValueSource(strings = {"/docs", "/redoc"})
    void a_docs_page_sends_a_Content_Security_Policy_and_has_no_inline_script(String page) {
        HttpResponse<String> answer = api.get(page);

        String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self';"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertFalse(answer.body().contains("<script>"), answer.body());
        assertEquals(200, api.get("/docs/swagger-init.js").statusCode());
    }

    @Test
    void a_body_that_trickles_in_is_cut_off_with_408_within_seconds() throws IOException {
        long start = System.nanoTime();
        String answer = trickle(
                api.port(),
                "POST /api/v1/auth/signup HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 5000\r\n\r\n");

        assertTrue(answer.startsWith("HTTP/1.1 408 "), answer);
        assertTrue(answer.contains("too slowly"), answer);
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        assertTrue(seconds < SlowClients.IDLE_TIMEOUT_MILLIS / 1000, seconds + " s");
    }

    /** Sends a request's head, then its body one byte every 100 ms, until the server answers (at most 15 s). */
    static String trickle(int port, String head) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(100);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            for (int i = 0; i < 150; i++) {
                out.write(' ');
                try {
                    int first = socket.getInputStream().read();
                    socket.setSoTimeout(5000);
                    byte[] rest = socket.getInputStream().readAllBytes();
                    return (char) first + new String(rest, StandardCharsets.ISO_8859_1);
                } catch (SocketTimeoutException e) {
                    // no answer yet: send the next byte
                }
            }
            return "no answer within 15 s";
        }
    }
}
