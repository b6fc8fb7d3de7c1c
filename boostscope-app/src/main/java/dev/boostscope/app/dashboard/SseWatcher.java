// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.boostscope.app.dashboard.live.RunWatcher;
import io.javalin.http.sse.SseClient;
import java.io.UncheckedIOException;

/**
 * A page's event stream: each event is one line of JSON data.
 *
 * <p>Thread-safe as {@link SseClient} is; the hub sends from one thread at a time.
 */
final class SseWatcher implements RunWatcher {
    private final SseClient client;
    private final ObjectMapper mapper;

    SseWatcher(SseClient client, ObjectMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    @Override
    public boolean send(String event, Object data) {
        if (client.terminated()) {
            return false;
        }
        try {
            client.sendEvent(event, mapper.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the '" + event + "' event as JSON", e);
        }
        return !client.terminated();
    }
}
