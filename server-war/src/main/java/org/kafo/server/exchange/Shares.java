package org.kafo.server.exchange;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Whole shares of a total that add up to it exactly (largest remainders): percentages of sectors. */
final class Shares {

    private Shares() {
    }

    /**
     * {@code total} shared in proportion to {@code weights}; equal shares when every weight is zero.
     * The parts add up to {@code total}; the remainders go to the largest fractions, the first on a tie.
     */
    static long[] of(long[] weights, long total) {
        int n = weights.length;
        if (n == 0) {
            return new long[0];
        }
        long[] w = Arrays.stream(weights).allMatch(x -> x == 0) ? filled(n) : weights.clone();
        BigInteger sum = Arrays.stream(w).mapToObj(BigInteger::valueOf)
                .reduce(BigInteger.ZERO, BigInteger::add);
        long[] parts = new long[n];
        BigInteger[] remainders = new BigInteger[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            BigInteger[] division = BigInteger.valueOf(w[i]).multiply(BigInteger.valueOf(total))
                    .divideAndRemainder(sum);
            parts[i] = division[0].longValueExact();
            remainders[i] = division[1];
            given += parts[i];
        }
        Integer[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparing((Integer i) -> remainders[i])
                .reversed().thenComparing(i -> i)).toArray(Integer[]::new);
        for (int k = 0; given < total; k++, given++) {
            parts[order[k % n]]++;
        }
        return parts;
    }

    /** Basis points as a percentage with two decimals at most: 6250 is 62.5, 10000 is 100. */
    static String percent(long basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
    }

    private static long[] filled(int n) {
        long[] ones = new long[n];
        Arrays.fill(ones, 1);
        return ones;
    }
}
