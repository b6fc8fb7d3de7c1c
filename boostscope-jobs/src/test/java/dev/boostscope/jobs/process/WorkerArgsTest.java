// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

final class WorkerArgsTest {
    @Test
    void parse_fiveArguments_readsEach() {
        WorkerMain.WorkerArgs args = WorkerMain.WorkerArgs.parse(new String[] {"/j", "1", "2", "10.0.0.5:9091", "77"});

        assertThat(args.jobFolder()).isEqualTo(Path.of("/j"));
        assertThat(args.shard()).isEqualTo(new Shard(1, 2));
        assertThat(args.tracker().getHostString()).isEqualTo("10.0.0.5");
        assertThat(args.tracker().getPort()).isEqualTo(9091);
        assertThat(args.parentPid()).hasValue(77);
    }

    @Test
    void parse_noParent_hasNone() {
        assertThat(WorkerMain.WorkerArgs.parse(new String[] {"/j", "0", "2", "h:1"}).parentPid()).isEmpty();
    }

    @Test
    void parse_addressWithoutPort_namesTheValue() {
        assertThatThrownBy(() -> WorkerMain.WorkerArgs.parse(new String[] {"/j", "0", "2", "host"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tracker address must be host:port: 'host'");
    }

    @Test
    void parse_rankNotANumber_namesIt() {
        assertThatThrownBy(() -> WorkerMain.WorkerArgs.parse(new String[] {"/j", "one", "2", "h:1"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("rank must be an integer: 'one'");
    }
}
