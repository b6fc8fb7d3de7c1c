// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.state;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds this machine's host name once, without a DNS round trip where the system knows it.
 *
 * <p>Thread-safe.
 */
final class Hosts {
    private static final String LOCAL = lookup();

    private Hosts() {
    }

    static String localName() {
        return LOCAL;
    }

    private static String lookup() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        try {
            Path etc = Path.of("/etc/hostname");
            if (Files.isReadable(etc)) {
                return Files.readString(etc).strip();
            }
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException ignored) {
            // an unnamed host: pids are then compared as if local, which is the only host we can see anyway
            return "localhost";
        }
    }
}
