// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The hook configuration builder: defaults, validation, set-once, cross-field rules. */
final class HookConfigTest {

    @Test
    void build_defaults_areSmdebugs() {
        HookConfig config = HookConfig.newBuilder().outputLocation("/tmp/run").build();

        assertThat(config.outputUri()).isEqualTo(URI.create("file:///tmp/run"));
        assertThat(config.saveConfig()).isEqualTo(SaveConfig.ofInterval(10));
        assertThat(config.collections()).containsOnlyKeys("metrics");
        assertThat(config.includeWorkers()).isEqualTo(IncludeWorkers.ONE);
        assertThat(config.shapSampleRows()).isEqualTo(1000);
        assertThat(config.shapFullData()).isFalse();
        assertThat(config.failFast()).isFalse();
        assertThat(config.maxFailures()).isEqualTo(5);
        assertThat(config.queueCapacity()).isEqualTo(8);
        assertThat(config.retryBackoff()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void build_s3Location_keepsTheUri() {
        assertThat(HookConfig.newBuilder().outputLocation("s3://bucket/runs/a").build().outputUri())
                .isEqualTo(URI.create("s3://bucket/runs/a"));
    }

    @Test
    void outputUri_setTwice_throwsIllegalState() {
        HookConfig.Builder builder = HookConfig.newBuilder().outputLocation("/tmp/a");

        assertThatThrownBy(() -> builder.outputUri(URI.create("s3://b/p"))).isInstanceOf(IllegalStateException.class)
                .hasMessage("output location was already set to file:///tmp/a");
    }

    @Test
    void outputUri_relative_throwsNamingIt() {
        assertThatThrownBy(() -> HookConfig.newBuilder().outputUri(URI.create("runs/a")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("output URI must be absolute (file: or s3://): runs/a");
    }

    @Test
    void shapSampleRows_zero_throwsNamingTheValue() {
        assertThatThrownBy(() -> HookConfig.newBuilder().shapSampleRows(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("SHAP sample rows must be positive: 0");
    }

    @Test
    void collection_sameNameTwice_throws() {
        HookConfig.Builder builder = HookConfig.newBuilder().includeCollections("trees");

        assertThatThrownBy(() -> builder.collection(CollectionConfig.of("trees", SaveConfig.ofInterval(2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("collection 'trees' was already added");
    }

    @Test
    void includeRegex_invalid_throwsQuotingIt() {
        assertThatThrownBy(() -> HookConfig.newBuilder().includeRegex("a[")).isInstanceOf(
                IllegalArgumentException.class).hasMessage("include_regex 'a[' is not a valid regex: Unclosed "
                        + "character class");
    }

    @Test
    void build_withoutOutput_throwsIllegalState() {
        assertThatThrownBy(() -> HookConfig.newBuilder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("output location is required: call outputUri or outputLocation");
    }

    @Test
    void build_sampleRowsWithFullData_throwsIllegalState() {
        HookConfig.Builder builder = HookConfig.newBuilder().outputLocation("/tmp/a").shapSampleRows(10)
                .shapFullData(true);

        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
                .hasMessage("SHAP sample rows (10) and full-data SHAP exclude each other: set one");
    }

    @Test
    void collectionConfig_nameWithSpace_throws() {
        assertThatThrownBy(() -> CollectionConfig.of("my collection")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("collection name must be non-blank without whitespace: 'my collection'");
    }

    @Test
    void includeWorkers_parse_acceptsSmdebugNames() {
        assertThat(IncludeWorkers.parse("ALL")).isEqualTo(IncludeWorkers.ALL);
        assertThatThrownBy(() -> IncludeWorkers.parse("two")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("include_workers must be 'one' or 'all': 'two'");
    }
}
