// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.boostscope.rules.config.RuleConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class JobSpecValidatorTest {
    @TempDir
    Path dir;
    private Path train;

    @BeforeEach
    void writeData() throws IOException {
        train = Files.writeString(dir.resolve("train.libsvm"), "1 0:1.0\n0 0:0.0\n");
    }

    private JobSpec spec(Map<String, String> hyper, List<Channel> channels) {
        return new JobSpec("job-1", false, hyper, channels, null, 1, 60, DebugHookSpec.defaults(), List.of());
    }

    private JobSpec withHyper(Map<String, String> hyper) {
        return spec(hyper, List.of(new Channel("train", train.toString(), "libsvm")));
    }

    private JobSpec withChannels(Channel... channels) {
        return spec(Map.of("num_round", "5"), List.of(channels));
    }

    @Test
    void problems_validSpec_none() {
        assertThat(JobSpecValidator.problems(withHyper(Map.of("num_round", "5", "objective", "multi:softprob",
                "num_class", "3")))).isEmpty();
    }

    @Test
    void problems_misspeltHyperParameter_namesItAndSuggestsTheKnownName() {
        assertThat(JobSpecValidator.problems(withHyper(Map.of("num_round", "5", "max_depht", "3"))))
                .containsExactly("HyperParameters.max_depht: unknown hyperparameter: did you mean 'max_depth'? "
                        + "(expected one of XGBoost's parameters or SageMaker's num_round, early_stopping_rounds, "
                        + "csv_weights; see docs/jobs.md)");
    }

    @Test
    void problems_unknownHyperParameterFarFromAnyName_namesItWithoutSuggestion() {
        assertThat(JobSpecValidator.problems(withHyper(Map.of("num_round", "5", "turbo_mode", "on"))))
                .containsExactly("HyperParameters.turbo_mode: unknown hyperparameter (expected one of XGBoost's "
                        + "parameters or SageMaker's num_round, early_stopping_rounds, csv_weights; see docs/jobs.md)");
    }

    @Test
    void validate_severalUnknownHyperParameters_reportsEachInNameOrder() {
        JobSpec spec = withHyper(Map.of("num_round", "5", "ETA", "0.1", "subsampel", "0.5"));

        assertThatThrownBy(() -> JobSpecValidator.validate(spec, "job.json"))
                .isInstanceOf(InvalidJobSpecException.class)
                .hasMessage("invalid job spec job.json: 2 problems: "
                        + "HyperParameters.ETA: unknown hyperparameter: did you mean 'eta'? (expected one of "
                        + "XGBoost's parameters or SageMaker's num_round, early_stopping_rounds, csv_weights; see "
                        + "docs/jobs.md); "
                        + "HyperParameters.subsampel: unknown hyperparameter: did you mean 'subsample'? (expected "
                        + "one of XGBoost's parameters or SageMaker's num_round, early_stopping_rounds, csv_weights; "
                        + "see docs/jobs.md)");
    }

    @Test
    void problems_aliasesAndSageMakerKeys_areKnown() {
        Map<String, String> hyper = new LinkedHashMap<>();
        for (String name : List.of("learning_rate", "reg_lambda", "reg_alpha", "min_split_loss", "silent", "seed",
                "verbosity", "eval_metric", "early_stopping_rounds", "csv_weights", "tree_method", "max_bin",
                "colsample_bynode", "lambdarank_pair_method", "multi_strategy", "device", "max_cat_to_onehot")) {
            hyper.put(name, "1");
        }
        hyper.put("num_round", "5");
        assertThat(JobSpecValidator.problems(spec(hyper, List.of(new Channel("train", train.toString(), "libsvm"),
                new Channel("validation", train.toString(), "libsvm"))))).isEmpty();
    }

    @Test
    void problems_earlyStoppingRoundsNotPositive_namesValue() {
        assertThat(JobSpecValidator.problems(withHyper(Map.of("num_round", "5", "early_stopping_rounds", "0"))))
                .containsExactly("HyperParameters.early_stopping_rounds: '0' is not a positive integer: expected the "
                        + "rounds without improvement of the validation metric before stopping");
    }

    @Test
    void problems_earlyStoppingWithoutValidationChannel_saysAddOneOrRemoveIt() {
        assertThat(JobSpecValidator.problems(withHyper(Map.of("num_round", "5", "early_stopping_rounds", "3"))))
                .containsExactly("HyperParameters.early_stopping_rounds: needs a 'validation' channel (early stopping "
                        + "watches the validation metric): add one to InputDataConfig or remove "
                        + "early_stopping_rounds");
    }

    @Test
    void problems_unknownObjective_namesKeyAndValue() {
        assertThat(JobSpecValidator.problems(withHyper(Map.of("num_round", "5", "objective", "multi:softmx"))))
                .containsExactly("HyperParameters.objective: unknown objective 'multi:softmx': expected one of "
                        + "binary:hinge, binary:logistic, binary:logitraw, count:poisson, multi:softmax, "
                        + "multi:softprob, rank:map, rank:ndcg, rank:pairwise, reg:absoluteerror, reg:gamma, "
                        + "reg:logistic, reg:pseudohubererror, reg:quantileerror, reg:squarederror, "
                        + "reg:squaredlogerror, reg:tweedie, survival:aft, survival:cox");
    }

    @Test
    void problems_multiObjectiveWithoutNumClass_namesObjective() {
        assertThat(JobSpecValidator.problems(withHyper(Map.of("num_round", "5", "objective", "multi:softmax"))))
                .containsExactly("HyperParameters.num_class: required for objective 'multi:softmax' (the number "
                        + "of classes, an integer of at least 2)");
    }

    @Test
    void problems_numClassNotAnInteger_namesValue() {
        assertThat(JobSpecValidator.problems(withHyper(Map.of("num_round", "5", "objective", "multi:softmax",
                "num_class", "ten")))).containsExactly("HyperParameters.num_class: 'ten' is not an integer of at "
                        + "least 2: expected the number of classes for objective 'multi:softmax'");
    }

    @Test
    void problems_numRoundNotAnInteger_namesValue() {
        assertThat(JobSpecValidator.problems(withHyper(Map.of("num_round", "2.5"))))
                .containsExactly("HyperParameters.num_round: '2.5' is not a positive integer: expected the number "
                        + "of boosting rounds");
    }

    @Test
    void problems_numRoundMissing_saysRequired() {
        assertThat(JobSpecValidator.problems(withHyper(Map.of())))
                .containsExactly("HyperParameters.num_round: required (the number of boosting rounds, a positive "
                        + "integer)");
    }

    @Test
    void problems_noTrainChannel_listsChannelsGiven() {
        assertThat(JobSpecValidator.problems(withChannels(new Channel("validation", train.toString(), "libsvm"))))
                .containsExactly("InputDataConfig: no 'train' channel: expected a channel with ChannelName 'train' "
                        + "(got: validation)");
    }

    @Test
    void problems_unreadableInput_namesKeyAndPath() {
        Path missing = dir.resolve("missing.libsvm");

        assertThat(JobSpecValidator.problems(withChannels(new Channel("train", missing.toString(), "libsvm"))))
                .containsExactly("InputDataConfig[0].DataSource.S3DataSource.S3Uri: '" + missing + "' is not "
                        + "readable: no such file or folder");
    }

    @Test
    void problems_emptyFolder_saysNoDataFiles() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));

        assertThat(JobSpecValidator.problems(withChannels(new Channel("train", empty.toUri().toString(), "csv"))))
                .containsExactly("InputDataConfig[0].DataSource.S3DataSource.S3Uri: '" + empty.toUri() + "' is not "
                        + "readable: the folder holds no data files");
    }

    @Test
    void problems_folderWithOnlyHiddenFiles_saysNoDataFiles() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("hidden-only"));
        Files.writeString(folder.resolve(".DS_Store"), "1 0:1.0\n");

        assertThat(JobSpecValidator.problems(withChannels(new Channel("train", folder.toString(), "libsvm"))))
                .containsExactly("InputDataConfig[0].DataSource.S3DataSource.S3Uri: '" + folder + "' is not "
                        + "readable: the folder holds no data files");
    }

    @Test
    void problems_fileWithoutReadPermission_saysPermissionDenied() throws IOException {
        Path locked = Files.writeString(dir.resolve("locked.libsvm"), "1 0:1.0\n");
        withoutReadPermission(locked, "-w-------", () -> assertThat(JobSpecValidator.problems(withChannels(
                new Channel("train", locked.toString(), "libsvm")))).containsExactly("InputDataConfig[0]"
                        + ".DataSource.S3DataSource.S3Uri: '" + locked + "' is not readable: permission denied "
                        + "reading " + locked));
    }

    @Test
    void problems_folderHoldingAnUnreadableFile_namesTheFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("parts"));
        Files.writeString(folder.resolve("part-0.csv"), "1,0.5\n");
        Path locked = Files.writeString(folder.resolve("part-1.csv"), "0,0.25\n");
        withoutReadPermission(locked, "-w-------", () -> assertThat(JobSpecValidator.problems(withChannels(
                new Channel("validation", train.toString(), "libsvm"), new Channel("train", folder.toString(),
                        "csv")))).containsExactly("InputDataConfig[1].DataSource.S3DataSource.S3Uri: '" + folder
                                + "' is not readable: permission denied reading " + locked));
    }

    @Test
    void problems_folderWithoutReadPermission_saysPermissionDenied() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("closed"));
        Files.writeString(folder.resolve("part-0.libsvm"), "1 0:1.0\n");
        withoutReadPermission(folder, "-wx------", () -> assertThat(JobSpecValidator.problems(withChannels(
                new Channel("train", folder.toUri().toString(), "libsvm")))).containsExactly("InputDataConfig[0]"
                        + ".DataSource.S3DataSource.S3Uri: '" + folder.toUri() + "' is not readable: permission "
                        + "denied reading " + folder));
    }

    /** Runs a check with a file's or folder's read permission removed; skipped where that does not stop reading. */
    private static void withoutReadPermission(Path path, String permissions, Runnable check) throws IOException {
        var before = Files.getPosixFilePermissions(path);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        try {
            assumeFalse(Files.isReadable(path), "running as root (uid 0 reads every file): permissions cannot make "
                    + path + " unreadable");
            check.run();
        } finally {
            Files.setPosixFilePermissions(path, before);
        }
    }

    @Test
    void problems_unknownContentType_namesKeyAndValue() {
        assertThat(JobSpecValidator.problems(withChannels(new Channel("train", train.toString(),
                "application/x-recordio-protobuf")))).containsExactly("InputDataConfig[0].ContentType: unknown "
                        + "content type 'application/x-recordio-protobuf': expected libsvm, text/libsvm, "
                        + "text/x-libsvm, csv or text/csv");
    }

    @Test
    void problems_unknownChannelName_namesValue() {
        assertThat(JobSpecValidator.problems(withChannels(new Channel("train", train.toString(), "libsvm"),
                new Channel("test", train.toString(), "libsvm")))).containsExactly("InputDataConfig[1].ChannelName: "
                        + "unknown channel 'test': expected train or validation");
    }

    @Test
    void problems_twoInstances_isAccepted() {
        JobSpec spec = new JobSpec("job-1", false, Map.of("num_round", "5"),
                List.of(new Channel("train", train.toString(), "libsvm")), null, 2, 60, DebugHookSpec.defaults(),
                List.of());

        assertThat(JobSpecValidator.problems(spec)).isEmpty();
    }

    @Test
    void problems_tooManyInstances_namesTheLimit() {
        JobSpec spec = new JobSpec("job-1", false, Map.of("num_round", "5"),
                List.of(new Channel("train", train.toString(), "libsvm")), null, 65, 60, DebugHookSpec.defaults(),
                List.of());

        assertThat(JobSpecValidator.problems(spec)).containsExactly("ResourceConfig.InstanceCount: 65 is out of "
                + "range: expected 1 to 64 (the number of XGBoost workers)");
    }

    @Test
    void problems_badName_namesValue() {
        JobSpec spec = withHyper(Map.of("num_round", "5")).withName("my_job");

        assertThat(JobSpecValidator.problems(spec)).containsExactly("TrainingJobName: 'my_job' is not a valid "
                + "name: expected 1 to 63 letters, digits and hyphens, starting with a letter or digit");
    }

    @Test
    void validate_severalProblems_throwsWithAllOfThem() {
        Map<String, String> hyper = new LinkedHashMap<>();
        hyper.put("num_round", "x");
        hyper.put("objective", "nope");

        assertThatThrownBy(() -> JobSpecValidator.validate(spec(hyper, List.of()), "job.json"))
                .isInstanceOfSatisfying(InvalidJobSpecException.class, e -> assertThat(e.errors()).hasSize(3))
                .hasMessageStartingWith("invalid job spec job.json: 3 problems: HyperParameters.num_round: 'x' is "
                        + "not a positive integer");
    }

    @Test
    void problems_unknownRuleAndBadParameter_nameTheConfiguration() {
        JobSpec spec = new JobSpec("job-1", false, Map.of("num_round", "5"),
                List.of(new Channel("train", train.toString(), "libsvm")), null, 1, 60, DebugHookSpec.defaults(),
                List.of(RuleConfig.of("guard", Map.of("rule_to_invoke", "Overfitting")),
                        RuleConfig.of("overfit", Map.of("rule_to_invoke", "Overfit", "patience", "soon"))));

        assertThat(JobSpecValidator.problems(spec)).hasSize(2).allSatisfy(problem ->
                assertThat(problem).matches("DebugRuleConfigurations\\[[01]\\] \\((guard|overfit)\\): .+"));
        assertThat(JobSpecValidator.problems(spec).get(0)).contains("Overfitting");
        assertThat(JobSpecValidator.problems(spec).get(1)).contains("patience").contains("soon");
    }

    @Test
    void problems_badHookParameter_namesIt() {
        JobSpec spec = new JobSpec("job-1", false, Map.of("num_round", "5"),
                List.of(new Channel("train", train.toString(), "libsvm")), null, 1, 60,
                new DebugHookSpec(null, null, Map.of("save_interval", "often"), List.of()), List.of());

        assertThat(JobSpecValidator.problems(spec)).singleElement().asString()
                .startsWith("DebugHookConfig: HookParameters.save_interval").contains("often");
    }

    @Test
    void fromContentType_csvWithLabelSize_isCsv() {
        assertThat(DataFormat.fromContentType("text/csv; label_size=1")).isEqualTo(DataFormat.CSV);
        assertThat(DataFormat.fromContentType("text/x-libsvm")).isEqualTo(DataFormat.LIBSVM);
    }
}
