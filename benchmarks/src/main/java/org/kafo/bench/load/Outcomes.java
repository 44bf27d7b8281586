package org.kafo.bench.load;

/** How an answer counts: accepted (2xx), refused (409 stale version, 422 the rules), or an error. */
final class Outcomes {

    private Outcomes() {
    }

    static void count(Tally tally, int status, long nanos) {
        if (status / 100 == 2) {
            tally.accept(nanos);
        } else if (status == 409 || status == 422) {
            tally.refuse();
        } else {
            tally.fail();
        }
    }
}
