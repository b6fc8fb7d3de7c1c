// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.xgboost;

import ml.dmlc.xgboost4j.java.Communicator;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * The XGBoost collective as the hook needs it: this process's rank and the world size, an agreement between workers
 * (so a stop requested on one worker stops all after the same round), and a barrier (so the end marker is written
 * after every worker flushed). Without an initialised collective, {@code Communicator.getWorldSize()} reports 1.
 *
 * <p>Implementations are used from the training thread only.
 */
interface Collective {
    /** A single process. */
    Collective SINGLE = new Collective() {
        @Override
        public int rank() {
            return 0;
        }

        @Override
        public int worldSize() {
            return 1;
        }

        @Override
        public boolean anyTrue(boolean local) {
            return local;
        }

        @Override
        public void barrier() {
            // a single process has no one to wait for
        }
    };

    int rank();

    int worldSize();

    /** Returns whether the flag is true on any worker; every worker must call it at the same point. */
    boolean anyTrue(boolean local);

    /** Returns once every worker called it. */
    void barrier();

    /**
     * Detects the collective: XGBoost's when it runs distributed, else {@link #SINGLE}. A failing or missing native
     * call also gives {@link #SINGLE}.
     */
    static Collective detect() {
        try {
            int world = Communicator.getWorldSize();
            return world <= 1 ? SINGLE : new XgboostCollective(Communicator.getRank(), world);
        } catch (XGBoostError | RuntimeException | LinkageError e) {
            return SINGLE;
        }
    }

    /** XGBoost4J's {@link Communicator}, once initialised by the caller. */
    record XgboostCollective(int rank, int worldSize) implements Collective {
        @Override
        public boolean anyTrue(boolean local) {
            return Communicator.allReduce(new float[] {local ? 1f : 0f}, Communicator.OpType.MAX)[0] > 0f;
        }

        @Override
        public void barrier() {
            Communicator.allReduce(new float[] {0f}, Communicator.OpType.SUM);
        }
    }
}
