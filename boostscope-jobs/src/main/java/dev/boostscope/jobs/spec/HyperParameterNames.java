// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.jobs.spec;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hyperparameter names a job spec may give, for rejecting a misspelt one before the job starts, as SageMaker's
 * XGBoost algorithm does (XGBoost itself ignores an unknown parameter with at most a warning).
 *
 * <p>Sources: XGBoost 3.x's parameter reference (doc/parameter.rst: general, tree booster, dart, linear booster and
 * learning task parameters with their aliases, including deprecated names it still accepts such as {@code silent}
 * and {@code predictor}) and SageMaker's "XGBoost hyperparameters" page (the algorithm's own {@code num_round},
 * {@code early_stopping_rounds}, {@code csv_weights} and the keys it still lists for older containers). Keep the
 * lists in this one place.
 *
 * <p>Thread-safe.
 */
final class HyperParameterNames {
    /** The SageMaker-only keys, named in messages. */
    static final String SAGEMAKER_KEYS = "num_round, early_stopping_rounds, csv_weights";
    private static final int MAX_DISTANCE = 2;
    private static final Set<String> XGBOOST = Set.of(
            // general parameters
            "booster", "device", "verbosity", "silent", "validate_parameters", "nthread", "n_jobs",
            "disable_default_eval_metric", "num_feature", "num_target", "gpu_id", "use_rmm",
            // tree booster
            "eta", "learning_rate", "gamma", "min_split_loss", "max_depth", "min_child_weight", "max_delta_step",
            "subsample", "sampling_method", "colsample_bytree", "colsample_bylevel", "colsample_bynode", "lambda",
            "reg_lambda", "alpha", "reg_alpha", "tree_method", "scale_pos_weight", "updater", "refresh_leaf",
            "process_type", "grow_policy", "max_leaves", "max_bin", "num_parallel_tree", "monotone_constraints",
            "interaction_constraints", "multi_strategy", "max_cached_hist_node", "max_cat_to_onehot",
            "max_cat_threshold", "sketch_eps", "predictor", "hist_method",
            // dart booster
            "sample_type", "normalize_type", "rate_drop", "one_drop", "skip_drop",
            // linear booster
            "feature_selector", "top_k", "lambda_bias",
            // learning task and objective parameters
            "objective", "base_score", "eval_metric", "seed", "seed_per_iteration", "num_class",
            "tweedie_variance_power", "huber_slope", "quantile_alpha", "aft_loss_distribution",
            "aft_loss_distribution_scale", "lambdarank_pair_method", "lambdarank_num_pair_per_sample",
            "lambdarank_normalization", "lambdarank_score_normalization", "lambdarank_unbiased",
            "lambdarank_bias_norm", "ndcg_exp_gain");
    private static final Set<String> SAGEMAKER = Set.of(
            "num_round", "early_stopping_rounds", "csv_weights", "deterministic_histogram",
            "single_precision_histogram", "use_dask_gpu_training", "save_model_on_termination",
            "prob_buffer_row", "_tuning_objective_metric", "_kfold", "_num_cv_round");
    private static final Set<String> KNOWN = known();

    private HyperParameterNames() {
    }

    private static Set<String> known() {
        Set<String> known = new TreeSet<>(XGBOOST);
        known.addAll(SAGEMAKER);
        return Set.copyOf(known);
    }

    static boolean isKnown(String name) {
        return KNOWN.contains(name);
    }

    /** Returns the known name closest to an unknown one, if one is at most two edits away. */
    static Optional<String> closest(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = MAX_DISTANCE + 1;
        for (String known : new TreeSet<>(KNOWN)) {
            int distance = distance(lower, known);
            if (distance < bestDistance) {
                best = known;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance, one row at a time. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
