// SPDX-License-Identifier: Apache-2.0
/**
 * Job specs in the shape of SageMaker's CreateTrainingJob request: the {@link dev.boostscope.jobs.spec.JobSpec} value,
 * its JSON form ({@link dev.boostscope.jobs.spec.JobSpecs}) and the checks run before a job starts
 * ({@link dev.boostscope.jobs.spec.JobSpecValidator}). API.
 */
@NullMarked
package dev.boostscope.jobs.spec;

import org.jspecify.annotations.NullMarked;
