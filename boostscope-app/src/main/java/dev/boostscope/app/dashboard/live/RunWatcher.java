// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.dashboard.live;

/**
 * A page watching a run: where its events go (an SSE connection).
 *
 * <p>Implementations are thread-safe; the hub sends to one watcher from one thread at a time.
 */
public interface RunWatcher {

    /**
     * Sends one event. May block while the connection is slow.
     *
     * @param event the event name, such as {@code step}
     * @param data the payload, serialised to JSON
     * @return false if the watcher has gone (the connection closed), so that it is dropped
     */
    boolean send(String event, Object data);
}
