// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.core.format;

import dev.boostscope.core.DType;
import dev.boostscope.core.Mode;
import dev.boostscope.core.NdArray;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators for tensors and steps: every dtype, shapes from 0-d through empty dims to big arrays, floats with
 * NaN (several payloads), infinities and signed zeros, strings over all of Unicode. Shared with other modules' tests
 * through core's test-jar (the S3 round trip).
 *
 * <p>Thread-safe.
 */
public final class TensorArbitraries {
    private static final float[] FLOAT_SPECIALS = {Float.NaN, Float.intBitsToFloat(0x7fc00001),
        Float.intBitsToFloat(0xffffffff), Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 0f, -0f,
        Float.MIN_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE};
    private static final double[] DOUBLE_SPECIALS = {Double.NaN, Double.longBitsToDouble(0x7ff8000000000001L),
        Double.longBitsToDouble(0xfff0000000000001L), Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0d, -0d,
        Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
    private static final short[] HALF_SPECIALS = {0x7e00, 0x7c01, (short) 0xfc00, 0x7c00, 0, (short) 0x8000, 1,
        0x7bff};
    private static final long[] INTEGER_SPECIALS = {0, -1, 1, Long.MIN_VALUE, Long.MAX_VALUE, Integer.MIN_VALUE,
        Integer.MAX_VALUE, Short.MIN_VALUE, 0xff};

    private TensorArbitraries() {
    }

    /**
     * Returns arrays of every dtype with small shapes: 0-d, empty dims, up to rank 4.
     *
     * @return the generator
     */
    public static Arbitrary<NdArray> arrays() {
        return Combinators.combine(Arbitraries.of(DType.class), shapes()).flatAs((dtype, shape) ->
                dtype == DType.STRING ? strings(shape) : Arbitraries.longs().map(seed -> numeric(dtype, shape, seed)));
    }

    /**
     * Returns numeric arrays of 100,000 to 1,000,000 elements.
     *
     * @return the generator
     */
    public static Arbitrary<NdArray> bigArrays() {
        Arbitrary<DType> numeric = Arbitraries.of(DType.class).filter(DType::isNumeric);
        Arbitrary<long[]> shape = Arbitraries.oneOf(Arbitraries.integers().between(100_000, 1_000_000)
                .map(n -> new long[] {n}), Arbitraries.just(new long[] {10_000, 10}),
                Arbitraries.just(new long[] {2, 500, 785}));
        return Combinators.combine(numeric, shape, Arbitraries.longs()).as(TensorArbitraries::numeric);
    }

    /**
     * Returns tensor names: non-empty, any Unicode (no unpaired surrogates), sometimes smdebug-like.
     *
     * @return the generator
     */
    public static Arbitrary<String> names() {
        Arbitrary<String> unicode = codePoints().list().ofMinSize(1).ofMaxSize(24).map(TensorArbitraries::join);
        Arbitrary<String> typical = Arbitraries.of("train-rmse", "validation_0-logloss", "train-ndcg@5",
                "full_shap/f0", "hyperparameters/objective", "trees/Node", "predictions", "average_shap/class");
        return Arbitraries.frequencyOf(Tuple.of(3, unicode), Tuple.of(1, typical));
    }

    /**
     * Returns one step's tensors: 1 to 5 of them with distinct names, one step, one mode.
     *
     * @param values the tensor values to draw from
     * @return the generator
     */
    public static Arbitrary<List<TensorRecord>> steps(Arbitrary<NdArray> values) {
        Arbitrary<List<Tuple.Tuple2<String, NdArray>>> tensors = Combinators.combine(names(), values).as(Tuple::of)
                .list().ofMinSize(1).ofMaxSize(5).uniqueElements(Tuple.Tuple2::get1);
        Arbitrary<Long> step = Arbitraries.longs().between(0, 1_000_000_000_005L);
        Arbitrary<Long> modeStep = Arbitraries.longs().between(0, Long.MAX_VALUE);
        Arbitrary<Double> wallTime = Arbitraries.doubles().withStandardSpecialValues();
        return Combinators.combine(tensors, step, Arbitraries.of(Mode.class), modeStep, wallTime)
                .as((list, s, mode, ms, wall) -> list.stream()
                        .map(t -> new TensorRecord(t.get1(), t.get2(), s, mode, ms, wall)).toList());
    }

    private static Arbitrary<long[]> shapes() {
        Arbitrary<long[]> scalar = Arbitraries.just(new long[0]);
        Arbitrary<long[]> small = Arbitraries.longs().between(0, 6).list().ofMinSize(1).ofMaxSize(4)
                .map(dims -> dims.stream().mapToLong(Long::longValue).toArray());
        Arbitrary<long[]> vector = Arbitraries.longs().between(0, 300).map(n -> new long[] {n});
        return Arbitraries.frequencyOf(Tuple.of(1, scalar), Tuple.of(5, small), Tuple.of(2, vector));
    }

    private static Arbitrary<NdArray> strings(long[] shape) {
        int count = count(shape);
        Arbitrary<String> element = Arbitraries.oneOf(Arbitraries.just(""),
                codePoints().list().ofMaxSize(16).map(TensorArbitraries::join));
        return element.list().ofSize(count)
                .map(list -> NdArray.ofStringsShaped(list.toArray(new String[0]), shape));
    }

    private static Arbitrary<Integer> codePoints() {
        Arbitrary<Integer> ascii = Arbitraries.integers().between(0x20, 0x7e);
        Arbitrary<Integer> any = Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
                .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE);
        return Arbitraries.frequencyOf(Tuple.of(2, ascii), Tuple.of(1, any));
    }

    private static String join(List<Integer> codePoints) {
        StringBuilder text = new StringBuilder();
        codePoints.forEach(text::appendCodePoint);
        return text.toString();
    }

    static NdArray numeric(DType dtype, long[] shape, long seed) {
        Random random = new Random(seed);
        int count = count(shape);
        ByteBuffer out = ByteBuffer.allocate(count * dtype.byteWidth()).order(ByteOrder.LITTLE_ENDIAN);
        boolean specials = random.nextBoolean();
        for (int i = 0; i < count; i++) {
            putElement(out, dtype, random, specials && random.nextInt(4) == 0);
        }
        return NdArray.wrap(dtype, out.array(), shape.clone());
    }

    private static void putElement(ByteBuffer out, DType dtype, Random random, boolean special) {
        switch (dtype) {
            case FLOAT32: out.putFloat(special ? FLOAT_SPECIALS[random.nextInt(FLOAT_SPECIALS.length)]
                    : (float) random.nextGaussian()); break;
            case FLOAT64: out.putDouble(special ? DOUBLE_SPECIALS[random.nextInt(DOUBLE_SPECIALS.length)]
                    : random.nextGaussian()); break;
            case FLOAT16: out.putShort(special ? HALF_SPECIALS[random.nextInt(HALF_SPECIALS.length)]
                    : (short) random.nextInt()); break;
            default: putInteger(out, dtype.byteWidth(), special
                    ? INTEGER_SPECIALS[random.nextInt(INTEGER_SPECIALS.length)] : random.nextLong()); break;
        }
    }

    private static void putInteger(ByteBuffer out, int width, long value) {
        for (int b = 0; b < width; b++) {
            out.put((byte) (value >>> (8 * b)));
        }
    }

    private static int count(long[] shape) {
        return Math.toIntExact(Arrays.stream(shape).reduce(1, Math::multiplyExact));
    }
}
