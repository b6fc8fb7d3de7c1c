// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boostscope.rules.config.RuleConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

final class JobSpecsPropertiesTest {

    @Property(tries = 300)
    void parse_arbitraryText_throwsOnlyInvalidJobSpec(@ForAll String text) {
        try {
            JobSpecs.parse(text.getBytes(StandardCharsets.UTF_8), "fuzz");
        } catch (InvalidJobSpecException expected) {
            // the only failure a spec may cause
            assertThat(expected.errors()).isNotEmpty();
        }
    }

    @Property(tries = 300)
    void parse_jsonObjectsOfKnownKeys_throwsOnlyInvalidJobSpec(@ForAll("specLike") String json) {
        try {
            JobSpecs.parse(json.getBytes(StandardCharsets.UTF_8), "fuzz");
        } catch (InvalidJobSpecException expected) {
            // wrong types and shapes are reported, never thrown as anything else
            assertThat(expected.errors()).allSatisfy(error -> assertThat(error).isNotBlank());
        }
    }

    @Property(tries = 200)
    void toJson_anySpec_parsesBackEqual(@ForAll("specs") JobSpec spec) {
        assertThat(JobSpecs.parse(JobSpecs.bytes(spec), "round trip")).isEqualTo(spec);
    }

    @Provide
    Arbitrary<String> specLike() {
        Arbitrary<String> keys = Arbitraries.of(List.copyOf(JobSpecParser.TOP_KEYS));
        Arbitrary<String> values = Arbitraries.of("1", "\"x\"", "[]", "{}", "null", "[{}]", "{\"a\":1}",
                "[{\"ChannelName\":\"train\",\"DataSource\":{\"S3DataSource\":{\"S3Uri\":3}}}]",
                "{\"S3OutputPath\":[]}", "{\"InstanceCount\":\"many\"}", "{\"MaxRuntimeInSeconds\":-5}",
                "[{\"RuleConfigurationName\":1}]", "{\"CollectionConfigurations\":[{\"CollectionName\":null}]}");
        return Combinators.combine(keys, values).as((k, v) -> "\"" + k + "\":" + v).list().ofMaxSize(6)
                .map(entries -> "{" + String.join(",", entries) + "}");
    }

    @Provide
    Arbitrary<JobSpec> specs() {
        Arbitrary<String> words = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8);
        Arbitrary<Map<String, String>> maps = Arbitraries.maps(words, words).ofMaxSize(4);
        Arbitrary<Channel> channels = Combinators.combine(Arbitraries.of("train", "validation"), words,
                Arbitraries.of("libsvm", "text/csv")).as(Channel::new);
        Arbitrary<DebugHookSpec> hooks = Combinators.combine(words.injectNull(0.5), words.injectNull(0.5), maps,
                Combinators.combine(words, maps).as(CollectionSpec::new).list().ofMaxSize(2)).as(DebugHookSpec::new);
        return Combinators.combine(words, Arbitraries.of(true, false), maps, channels.list().ofMaxSize(2),
                words.injectNull(0.5), Arbitraries.integers().between(1, 4), Arbitraries.longs().between(1, 99999),
                hooks).as((name, base, hyper, list, output, count, runtime, hook) -> new JobSpec(name, base, hyper,
                        list, output, count, runtime, hook, List.of(RuleConfig.of("r", hyper))));
    }
}
