// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

final class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void execute_portOutOfRange_isAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = BoostscopeCommand.newCommandLine();
        commandLine.setErr(new PrintWriter(err));

        int code = commandLine.execute("serve", "--trials", dir.toString(), "--port", "70000");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("boostscope: error: port must be between 0 and 65535: 70000"
                + System.lineSeparator());
    }

    @Test
    void execute_missingTrialRoot_isAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = BoostscopeCommand.newCommandLine();
        commandLine.setErr(new PrintWriter(err));
        String missing = dir.resolve("missing").toString();

        int code = commandLine.execute("serve", "--trials", missing);

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("boostscope: error: trial root must be an existing folder: '" + missing
                + "'" + System.lineSeparator());
    }

    @Test
    void config_noSource_usesTheJobsHomeOfTheEnvironment() {
        ServeCommand serve = new ServeCommand();
        serve.environment = Map.of("BOOSTSCOPE_HOME", dir.toString());

        assertThat(serve.config().jobsHome()).contains(dir.toAbsolutePath());
        assertThat(serve.config().trialRoots()).isEmpty();
        assertThat(serve.config().port()).isEqualTo(ServeCommand.DEFAULT_PORT);
    }

    @Test
    void config_nonLoopbackHost_generatesAToken() {
        ServeCommand serve = new ServeCommand();
        serve.trials.add(dir.toString());
        serve.host = "0.0.0.0";

        assertThat(serve.config().tokenGenerated()).isTrue();
    }

    @Test
    void newCommandLine_registersServe() {
        assertThat(BoostscopeCommand.newCommandLine().getSubcommands()).containsKey("serve");
    }
}
