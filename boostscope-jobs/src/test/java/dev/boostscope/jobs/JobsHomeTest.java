// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the jobs home is: {@code --home}, else {@code BOOSTSCOPE_HOME}, else {@code ~/.boostscope/jobs}. */
final class JobsHomeTest {
    private static final Path USER_HOME = Path.of("/home/ada");

    @Test
    void resolve_flagGiven_winsOverEnvironment() {
        Path flag = Path.of("/srv/jobs");

        assertThat(JobsHome.resolve(flag, Map.of(JobsHome.HOME_ENV, "/env/jobs"), USER_HOME)).isEqualTo(flag);
    }

    @Test
    void resolve_environmentVariableWithoutFlag_isUsedStripped() {
        assertThat(JobsHome.resolve(null, Map.of(JobsHome.HOME_ENV, " /env/jobs\n", "HOME", "/x"), USER_HOME))
                .isEqualTo(Path.of("/env/jobs"));
    }

    @Test
    void resolve_neitherFlagNorVariable_isDotBoostscopeJobsInUserHome() {
        assertThat(JobsHome.resolve(null, Map.of("HOME", "/elsewhere"), USER_HOME))
                .isEqualTo(Path.of("/home/ada/.boostscope/jobs"));
    }

    @Test
    void resolve_blankVariable_fallsBackToDefault() {
        assertThat(JobsHome.resolve(null, Map.of(JobsHome.HOME_ENV, "  "), USER_HOME))
                .isEqualTo(Path.of("/home/ada/.boostscope/jobs"));
    }

    @Test
    void resolve_publicOverloadWithoutFlagOrVariable_usesTheUserHomeProperty() {
        assertThat(JobsHome.resolve(null, Map.of()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".boostscope", "jobs"));
    }

    @Test
    void open_relativeVariable_isMadeAbsolute() {
        JobsHome home = JobsHome.open(JobsHome.resolve(null, Map.of(JobsHome.HOME_ENV, "rel/jobs"), USER_HOME));

        assertThat(home.path()).isEqualTo(Path.of("rel/jobs").toAbsolutePath().normalize());
    }
}
