// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boostscope.core.FormatException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Each kind of bad index or collections JSON gives a FormatException naming the file and the byte offset, and the key
 * path where the JSON parses but a key is missing or wrong.
 */
final class JsonCorruptionTest {
    private static final String EVENTS = "events/000000000002/000000000002_worker_0.tfevents";
    private static final String INDEX = "index/000000000/000000000002_worker_0.json";
    private static final String COLLECTIONS = "collections/000000000/worker_0_collections.json";

    @Test
    void parseIndex_garbage_throwsNamingKeyAndByte() {
        byte[] json = "{\"meta\": {\"mode\": \"GLOBAL\",, }".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> IndexFile.parse(json, INDEX))
                .isInstanceOf(FormatException.class)
                .hasMessage(INDEX + " is not valid JSON at byte 27: Unexpected character (',' (code 44)): was "
                        + "expecting double-quote to start field name");
    }

    @Test
    void parseIndex_trailingGarbage_throws() {
        byte[] json = (validIndex() + " }").getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> IndexFile.parse(json, INDEX))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith(INDEX + " is not valid JSON at byte ");
    }

    @Test
    void parseIndex_empty_throws() {
        assertThatThrownBy(() -> IndexFile.parse(new byte[0], INDEX))
                .isInstanceOf(FormatException.class)
                .hasMessage(INDEX + " must hold a JSON object");
    }

    @Test
    void parseIndex_newerFormatVersion_throwsNamingVersion() {
        byte[] json = validIndex().replace("}]", "}], \"format_version\": 2").getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> IndexFile.parse(json, INDEX))
                .isInstanceOf(FormatException.class)
                .hasMessage(INDEX + ": key 'format_version' at byte 217 is 2, newer than this reader's 1: upgrade "
                        + "Boostscope to read it");
    }

    @Test
    void parseIndex_versionOverflowingInt_throws() {
        byte[] json = validIndex().replace("}]", "}], \"format_version\": 4294967297")
                .getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> IndexFile.parse(json, INDEX))
                .isInstanceOf(FormatException.class)
                .hasMessage(INDEX + ": key 'format_version' at byte 217 must be a positive integer: '4294967297'");
    }

    @Test
    void parseIndex_mistypedOffset_throwsNamingKey() {
        byte[] json = validIndex().replace("\"start_idx\": 0", "\"start_idx\": \"0\"")
                .getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> IndexFile.parse(json, INDEX))
                .isInstanceOf(FormatException.class)
                .hasMessage(INDEX + ": key 'tensor_payload[].start_idx' at byte 179 must be an integer: '\"0\"'");
    }

    @Test
    void parseIndex_missingMeta_throwsNamingKey() {
        byte[] json = "{\"tensor_payload\": []}".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> IndexFile.parse(json, INDEX))
                .isInstanceOf(FormatException.class)
                .hasMessage(INDEX + ": key 'meta' must be an object: missing from the object at byte 0");
    }

    @Test
    void parseIndex_eventFileEscapingTrial_throws() {
        byte[] json = validIndex().replace("events/", "../events/").getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> IndexFile.parse(json, INDEX))
                .isInstanceOf(FormatException.class)
                .hasMessage(INDEX + ": key 'meta.event_file_name' at byte 63 must be a relative key such as "
                        + "events/000000000003/000000000003_worker_0.tfevents: '\"../events/000000000002/"
                        + "000000000002_worker_0.tfevents\"'");
    }

    @Test
    void parseIndex_duplicateKey_throws() {
        byte[] json = validIndex().replace("{\"meta\": ", "{\"shape_payload\": [], \"meta\": ")
                .getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> IndexFile.parse(json, INDEX))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith(INDEX + " is not valid JSON at byte ")
                .hasMessageContaining("Duplicate field 'shape_payload'");
    }

    @Test
    void parseCollections_newerFormatVersion_throwsNamingMetaKey() {
        byte[] json = "{\"collections\": {}, \"_meta\": {\"num_workers\": 1, \"format_version\": 7}}"
                .getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> CollectionsFile.parse(json, COLLECTIONS))
                .isInstanceOf(FormatException.class)
                .hasMessage(COLLECTIONS + ": key '_meta.format_version' at byte 66 is 7, newer than this reader's 1: "
                        + "upgrade Boostscope to read it");
    }

    @Test
    void parseCollections_zeroInterval_throwsNamingKey() {
        byte[] json = ("{\"collections\": {\"metrics\": {\"name\": \"metrics\", \"save_config\": {\"GLOBAL\": "
                + "{\"save_interval\": 0}}}}, \"_meta\": {\"num_workers\": 1}}").getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> CollectionsFile.parse(json, COLLECTIONS))
                .isInstanceOf(FormatException.class)
                .hasMessage(COLLECTIONS + ": key 'collections.metrics.save_config.GLOBAL.save_interval' at byte 74 "
                        + "must be positive with start_step non-negative: '{\"save_interval\":0}'");
    }

    @Test
    void parseCollections_unknownMode_throwsNamingKey() {
        byte[] json = ("{\"collections\": {\"metrics\": {\"save_config\": {\"TEST\": {\"save_interval\": 1}}}}, "
                + "\"_meta\": {\"num_workers\": 1}}").getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> CollectionsFile.parse(json, COLLECTIONS))
                .isInstanceOf(FormatException.class)
                .hasMessage(COLLECTIONS + ": key 'collections.metrics.save_config' at byte 53 must be keyed by TRAIN, "
                        + "EVAL, PREDICT or GLOBAL: '\"TEST\"'");
    }

    @Test
    void parseCollections_missingWorkers_throwsNamingKey() {
        byte[] json = "{\"collections\": {}, \"_meta\": {}}".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> CollectionsFile.parse(json, COLLECTIONS))
                .isInstanceOf(FormatException.class)
                .hasMessage(COLLECTIONS + ": key '_meta.num_workers' must be an integer: missing from the object at "
                        + "byte 29");
    }

    @Test
    void parseIndex_mistypedLengthInSecondEntry_throwsNamingByteOfThatEntry() {
        byte[] json = validIndex().replace("}]", "}, {\"tensorname\": \"valid-rmse\", \"start_idx\": 106, "
                + "\"length\": \"110\"}]").getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> IndexFile.parse(json, INDEX))
                .isInstanceOf(FormatException.class)
                .hasMessage(INDEX + ": key 'tensor_payload[].length' at byte 255 must be an integer: '\"110\"'");
    }

    @Test
    void parseCollections_garbage_throwsNamingFileAndByte() {
        byte[] json = "{\"collections\": {\"metrics\": {\"tensor_names\": [\"a\" \"b\"]}}}"
                .getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> CollectionsFile.parse(json, COLLECTIONS))
                .isInstanceOf(FormatException.class)
                .hasMessage(COLLECTIONS + " is not valid JSON at byte 50: Unexpected character ('\"' (code 34)): was "
                        + "expecting comma to separate Array entries");
    }

    @Test
    void parseCollections_truncated_throwsNamingFileAndByte() {
        byte[] json = "{\"collections\": {\"metrics\": {\"tensor_names\": [\"a\"".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> CollectionsFile.parse(json, COLLECTIONS))
                .isInstanceOf(FormatException.class)
                .hasMessage(COLLECTIONS + " is not valid JSON at byte 49: Unexpected end-of-input: expected close "
                        + "marker for Array (start marker at [line: 1, column: 46])");
    }

    @Test
    void parseCollections_mistypedWorkers_throwsNamingKeyAndByte() {
        byte[] json = "{\"collections\": {}, \"_meta\": {\"num_workers\": \"2\"}}".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> CollectionsFile.parse(json, COLLECTIONS))
                .isInstanceOf(FormatException.class)
                .hasMessage(COLLECTIONS + ": key '_meta.num_workers' at byte 45 must be an integer: '\"2\"'");
    }

    @Test
    void parseCollections_mistypedRegexItem_throwsNamingKeyAndByte() {
        byte[] json = ("{\"collections\": {\"metrics\": {\"include_regex\": [\"a\", 1]}}, "
                + "\"_meta\": {\"num_workers\": 1}}").getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> CollectionsFile.parse(json, COLLECTIONS))
                .isInstanceOf(FormatException.class)
                .hasMessage(COLLECTIONS + ": key 'collections.metrics.include_regex[]' at byte 52 must be a string: "
                        + "'1'");
    }

    @Test
    void parseIndex_smdebugFileWithoutVersion_readsAsVersionOne() {
        IndexFile index = IndexFile.parse(validIndex().getBytes(StandardCharsets.US_ASCII), INDEX);

        assertThat(index.formatVersion()).isEqualTo(1);
        assertThat(index.tensors()).containsExactly(new IndexFile.TensorLocation("train-rmse", 0, 106));
    }

    private static String validIndex() {
        return "{\"meta\": {\"mode\": \"GLOBAL\", \"mode_step\": 2, \"event_file_name\": \"" + EVENTS + "\"}, "
                + "\"tensor_payload\": [{\"tensorname\": \"train-rmse\", \"start_idx\": 0, \"length\": 106}], "
                + "\"shape_payload\": []}";
    }
}
