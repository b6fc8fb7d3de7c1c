// SPDX-License-Identifier: Apache-2.0
/**
 * Training jobs as background processes, in the shapes of SageMaker's API: a {@link dev.boostscope.jobs.JobsHome}
 * holds the jobs, {@link dev.boostscope.jobs.Estimator} declares and starts one,
 * {@link dev.boostscope.jobs.TrainingJob} describes, stops and waits for it. API.
 */
@NullMarked
package dev.boostscope.jobs;

import org.jspecify.annotations.NullMarked;
