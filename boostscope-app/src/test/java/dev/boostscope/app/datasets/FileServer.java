// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.datasets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A static file server on loopback, port 0, that honours {@code Range: bytes=N-} unless told not to. */
public final class FileServer implements AutoCloseable {
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile boolean honourRanges = true;
    private volatile int cutAfter = -1;
    private final CountDownLatch stalled = new CountDownLatch(1);

    /** Starts the server. */
    public FileServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Serves {@code bytes} at {@code /name}. */
    public FileServer serve(String name, byte[] bytes) {
        files.put("/" + name, bytes.clone());
        return this;
    }

    /** Makes the server answer every request with the whole file, as servers without range support do. */
    public FileServer ignoreRanges() {
        honourRanges = false;
        return this;
    }

    /** Makes the next response announce the whole length but stall after {@code bytes} bytes until closed. */
    public FileServer stallNextResponseAfter(int bytes) {
        cutAfter = bytes;
        return this;
    }

    /** Returns the URI of {@code /name}. */
    public URI uri(String name) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + name);
    }

    /** Returns each request so far as {@code PATH RANGE-HEADER} ({@code -} for none). */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        stalled.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String range = exchange.getRequestHeaders().getFirst("Range");
        requests.add(path + " " + (range == null ? "-" : range));
        byte[] bytes = files.get(path);
        if (bytes == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        int start = 0;
        Matcher matcher = range == null ? null : RANGE.matcher(range);
        if (honourRanges && matcher != null && matcher.matches()) {
            start = Integer.parseInt(matcher.group(1));
            if (start >= bytes.length) {
                exchange.sendResponseHeaders(416, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("Content-Range",
                    "bytes " + start + "-" + (bytes.length - 1) + "/" + bytes.length);
        }
        send(exchange, bytes, start, start > 0 ? 206 : 200);
    }

    private void send(HttpExchange exchange, byte[] bytes, int start, int status) throws IOException {
        int length = bytes.length - start;
        exchange.sendResponseHeaders(status, length);
        int cut = cutAfter;
        cutAfter = -1;
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes, start, cut >= 0 ? Math.min(cut, length) : length);
            if (cut >= 0) {
                out.flush();
                stalled.await();
            }
        } catch (IOException expected) {
            // the body is shorter than announced, which the server side complains about; the client's view is the test
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
