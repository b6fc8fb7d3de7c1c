// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import picocli.CommandLine;

/**
 * Supplies {@code --version} from the jar manifest.
 *
 * <p>Thread-safe.
 */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = BoostscopeCommand.class.getPackage().getImplementationVersion();
        return new String[] {"boostscope " + (version == null ? "development build" : version),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
