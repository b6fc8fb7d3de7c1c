// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small java.net.http client for the dashboard tests: plain GETs with optional headers. */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;

    Http(URI base) {
        this.base = base;
    }

    static Http to(Dashboard dashboard) {
        return new Http(URI.create("http://127.0.0.1:" + dashboard.port()));
    }

    URI base() {
        return base;
    }

    HttpResponse<String> get(String rawPath, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + rawPath)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.GET().build());
    }

    /**
     * Sends a request over a plain socket, exactly as written: no client normalises the path or refuses a header.
     *
     * @return the status code and the whole response text
     */
    RawResponse raw(String path, String host) {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            String request = "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String text = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return new RawResponse(Integer.parseInt(text.substring(9, 12)), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response read off a socket: its status and everything after the status line. */
    record RawResponse(int status, String text) {
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
