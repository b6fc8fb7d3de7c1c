// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records what is logged through {@code java.util.logging} (where {@code System.Logger} goes by default) under one
 * logger name, from {@link #of} until {@link #close}. Holds the logger, so that it is not collected and recreated
 * without the handler while a test runs.
 *
 * <p>Thread-safe: the hook logs from its writer thread.
 */
public final class CapturedLogs implements AutoCloseable {
    private final Logger logger;
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (records) {
                records.add(record);
            }
        }

        @Override
        public void flush() {
            // nothing buffered
        }

        @Override
        public void close() {
            // nothing to release
        }
    };

    private CapturedLogs(String name) {
        this.logger = Logger.getLogger(name);
        logger.addHandler(handler);
    }

    /**
     * Starts recording a logger and its children.
     *
     * @param name the logger name, such as {@code dev.boostscope.xgboost}
     * @return the recording; close it to stop
     */
    public static CapturedLogs of(String name) {
        return new CapturedLogs(name);
    }

    /**
     * Returns the records so far, oldest first.
     *
     * @return a copy
     */
    public List<LogRecord> records() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
    }
}
