package org.kafo.bench.national;

import java.util.Random;
import java.util.UUID;

/** Version-4 UUIDs drawn from a seeded sequence, so that the same seed gives the same ids. */
final class Ids {

    private Ids() {
    }

    static UUID uuid(Random random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
