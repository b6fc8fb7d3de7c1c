// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.rules.action;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON mapper of the actions package.
 *
 * <p>Thread-safe: the mapper is configured once and only used to read and build trees.
 */
final class ActionJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private ActionJson() {
    }
}
