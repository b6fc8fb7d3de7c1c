// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.app.view.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class RegressionErrorsTest {

    @Test
    void residuals_labelMinusPrediction() {
        assertThat(RegressionErrors.residuals(new double[] {1, 2, 3}, new double[] {1.5, 2, 2}))
                .containsExactly(-0.5, 0, 1);
    }

    @Test
    void meanAbsoluteErrorByBin_averagesRowsOfEachLabelBin() {
        double[] labels = {0, 1, 5, 10};
        double[] predictions = {1, 2, 5, 7};
        Binning binning = new Binning(0, 10, 2);

        double[] errors = RegressionErrors.meanAbsoluteErrorByBin(labels, predictions, binning);

        // bin [0, 5): rows 0 and 1 -> (1 + 1) / 2; bin [5, 10]: rows 2 and 3 -> (0 + 3) / 2
        assertThat(errors).containsExactly(1.0, 1.5);
    }

    @Test
    void meanAbsoluteErrorByBin_emptyBin_isNaN() {
        double[] errors = RegressionErrors.meanAbsoluteErrorByBin(new double[] {0}, new double[] {1},
                new Binning(0, 10, 2));

        assertThat(errors[1]).isNaN();
    }

    @Test
    void binning_labelsAndEnds_lastIntervalClosed() {
        Binning binning = new Binning(0, 1, 4);

        assertThat(binning.label(0)).isEqualTo("[0, 0.25)");
        assertThat(binning.label(3)).isEqualTo("[0.75, 1]");
        assertThat(binning.index(1.0)).isEqualTo(3);
        assertThat(binning.index(0.25)).isEqualTo(1);
        assertThat(binning.index(1.5)).isEqualTo(-1);
    }

    @Test
    void histogramOfValues_countsEachInterval() {
        Histogram histogram = Histogram.ofValues(new double[] {0, 0.1, 0.6, 1, Double.NaN}, 2);

        assertThat(histogram.bins()).extracting(HistogramBin::count).containsExactly(2, 2);
        assertThat(histogram.total()).isEqualTo(4);
    }

    @Test
    void histogramOfValues_allEqual_oneBin() {
        assertThat(Histogram.ofValues(new double[] {3, 3}, 10).bins()).singleElement()
                .extracting(HistogramBin::count).isEqualTo(2);
    }

    @Test
    void histogramOfClasses_countsEveryClassUpToTheHighest() {
        Histogram histogram = Histogram.ofClasses(new double[] {0, 2, 2}, 2);

        assertThat(histogram.bins()).extracting(HistogramBin::label).containsExactly("0", "1", "2");
        assertThat(histogram.bins()).extracting(HistogramBin::count).containsExactly(1, 0, 2);
    }
}
