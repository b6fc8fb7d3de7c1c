// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost.capture;

import java.util.ArrayList;
import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * The booster's feature names as smdebug names features: the names the training data carried, else {@code f0} to
 * {@code f<n-1>} (XGBoost's own default, which its dumps and scores use too).
 *
 * <p>Thread-safe (stateless).
 */
final class FeatureNames {
    private FeatureNames() {
    }

    static List<String> of(Booster booster) throws XGBoostError {
        int count = (int) booster.getNumFeature();
        String[] names = booster.getFeatureNames();
        List<String> out = new ArrayList<>(count);
        boolean named = names != null && names.length == count;
        for (int i = 0; named && i < count; i++) {
            named = names[i] != null && !names[i].isEmpty();
        }
        for (int i = 0; i < count; i++) {
            out.add(named ? names[i] : "f" + i);
        }
        return List.copyOf(out);
    }
}
