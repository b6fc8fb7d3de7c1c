// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The page's static files, read from the jar ({@code dashboard/...} on the class path) once at start and served by
 * exact name: no file-system path is ever built from a request, and nothing is fetched from elsewhere, so the page
 * works offline.
 *
 * <p>Immutable; thread-safe.
 */
final class Assets {
    /** The files served under {@code /assets/}, plus {@code index.html} at {@code /}. */
    static final List<String> NAMES = List.of("index.html", "style.css", "app.js", "charts.js", "favicon.svg");
    private static final String FOLDER = "dashboard/";

    private final Map<String, Asset> assets;

    private Assets(Map<String, Asset> assets) {
        this.assets = Map.copyOf(assets);
    }

    /**
     * One file.
     *
     * @param bytes its content
     * @param contentType its media type
     */
    record Asset(byte[] bytes, String contentType) {
    }

    /**
     * Reads every file from the class path.
     *
     * @return the assets
     * @throws IllegalStateException if one is missing from the jar
     */
    static Assets load() {
        Map<String, Asset> assets = new LinkedHashMap<>();
        for (String name : NAMES) {
            try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    throw new IllegalStateException("dashboard asset missing from the jar: " + FOLDER + name);
                }
                assets.put(name, new Asset(in.readAllBytes(), contentType(name)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read dashboard asset " + FOLDER + name, e);
            }
        }
        return new Assets(assets);
    }

    /**
     * Returns a file by exact name.
     *
     * @param name such as {@code app.js}
     * @return the file, or empty if there is none by that name
     */
    Optional<Asset> get(String name) {
        return Optional.ofNullable(assets.get(name));
    }

    private static String contentType(String name) {
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        return "image/svg+xml";
    }
}
