// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import scala.Tuple2;
import scala.collection.JavaConverters;

/**
 * Conversions between Scala's and Java's maps, for the XGBoost4J-Spark methods this module calls.
 *
 * <p>Stateless; thread-safe.
 */
final class ScalaInterop {
    private ScalaInterop() {
    }

    /** Returns a Java copy of a Scala map, keeping its iteration order. */
    static <K, V> LinkedHashMap<K, V> toJava(scala.collection.Map<K, V> map) {
        return new LinkedHashMap<>(JavaConverters.mapAsJavaMapConverter(map).asJava());
    }

    /** Returns an immutable Scala map with the Java map's entries. */
    static <K, V> scala.collection.immutable.Map<K, V> toScala(Map<K, V> map) {
        scala.collection.immutable.Map<K, V> result = scala.collection.immutable.Map$.MODULE$.empty();
        for (Map.Entry<K, V> entry : map.entrySet()) {
            result = result.$plus(new Tuple2<>(entry.getKey(), entry.getValue()));
        }
        return result;
    }
}
