package org.kafo.bench.load;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;

/**
 * Adoptions of plans, in rounds. Each connection owns some frameworks (a framework's adoptions follow
 * one another). A round: every connection prepares the next adoption of each of its frameworks
 * (untimed: {@link FrameworkCycle#prepare}); once all are ready, every connection sends its adoptions,
 * each timed; the round's adopting phase lasts from the first adoption sent to the last one answered.
 * The throughput is the adoptions over the time spent in adopting phases: the server sees nothing but
 * adoptions then. Given a rate, the adopting phase is an open loop: the round's adoptions are meant to
 * leave evenly at that rate from the phase's start (connection {@code w}'s {@code k}-th adoption of the
 * round is the {@code (k × connections + w)}-th), each timed from its intended time ({@link Schedule}).
 */
final class AdoptionRounds implements Workload {

    private final URI base;
    private final String authorization;
    private final double rate;
    private final List<List<FrameworkCycle>> owned = new ArrayList<>();
    private final List<Thread> workers = new ArrayList<>();
    private final FrameworkCycle.LongCounter setupRequests = new FrameworkCycle.LongCounter();
    private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    private volatile boolean running;
    private volatile boolean another = true;
    private volatile Tally roundTally;
    private volatile long phaseStart;
    private boolean adopting;

    /**
     * Framework {@code i} goes to connection {@code i % connections}; no more connections than frameworks.
     *
     * @param rate adoptions per second in the adopting phases (open loop), or 0 for as fast as answered
     */
    AdoptionRounds(URI base, String authorization, int connections, List<FrameworkCycle> frameworks, double rate) {
        this.base = base;
        this.authorization = authorization;
        this.rate = rate;
        int workers = Math.min(connections, frameworks.size());
        for (int i = 0; i < workers; i++) {
            owned.add(new ArrayList<>());
        }
        for (int i = 0; i < frameworks.size(); i++) {
            owned.get(i % workers).add(frameworks.get(i));
        }
    }

    int connections() {
        return owned.size();
    }

    long setupRequests() {
        return setupRequests.sum();
    }

    /** What went wrong, one line each (a framework left out, a refused adoption). */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /** How many plans the frameworks adopted, from the fewest to the most. */
    java.util.IntSummaryStatistics adoptionsPerFramework() {
        return owned.stream().flatMap(List::stream).mapToInt(FrameworkCycle::adoptions).summaryStatistics();
    }

    long usableFrameworks() {
        return owned.stream().flatMap(List::stream).filter(FrameworkCycle::usable).count();
    }

    @Override
    public void start(Supplier<Tally> tally) {
        running = true;
        CyclicBarrier barrier = new CyclicBarrier(owned.size(), () -> {
            long now = System.nanoTime();
            if (!adopting) {
                roundTally = tally.get();
                phaseStart = now;
            } else {
                Tally round = roundTally;
                if (round != null) {
                    round.phase(now - phaseStart);
                }
                another = running;
            }
            adopting = !adopting;
        });
        for (int i = 0; i < owned.size(); i++) {
            List<FrameworkCycle> mine = owned.get(i);
            int worker = i;
            Thread thread = new Thread(() -> work(worker, mine, barrier), "adopt-" + i);
            workers.add(thread);
            thread.start();
        }
    }

    private void work(int worker, List<FrameworkCycle> mine, CyclicBarrier barrier) {
        try (Client client = new Client(base, authorization)) {
            do {
                for (FrameworkCycle framework : mine) {
                    prepare(client, framework);
                }
                barrier.await();
                Tally tally = roundTally;
                Schedule schedule = rate > 0 ? new Schedule(phaseStart, rate, owned.size()) : null;
                for (int k = 0; k < mine.size(); k++) {
                    FrameworkCycle framework = mine.get(k);
                    if (framework.usable()) {
                        byte[] body = framework.adoption();
                        long intended = schedule == null ? System.nanoTime() : schedule.intended(worker, k);
                        if (schedule != null) {
                            OpenLoop.Clock.SYSTEM.sleepUntil(intended);
                        }
                        adopt(client, framework, body, tally, intended);
                    }
                }
                barrier.await();
            } while (another);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (BrokenBarrierException e) {
            note("a worker stopped: " + e);
        }
    }

    private void prepare(Client client, FrameworkCycle framework) {
        if (!framework.usable()) {
            return;
        }
        try {
            Optional<FrameworkCycle.Failure> failure = framework.prepare(client, setupRequests);
            failure.ifPresent(f -> {
                framework.drop();
                note("framework " + framework.id + " left out: " + f.request() + " answered " + f.status()
                        + " " + abbreviate(f.answer()));
            });
        } catch (IOException e) {
            framework.drop();
            note("framework " + framework.id + " left out: " + e);
        }
    }

    /** Sends the adoption, timed from {@code start}: now, or its intended time in an open loop. */
    private void adopt(Client client, FrameworkCycle framework, byte[] body, Tally tally, long start) {
        try {
            HttpConnection.Response answer = client.post(framework.adoptionPath(), body);
            long latency = System.nanoTime() - start;
            if (tally != null) {
                Outcomes.count(tally, answer.status(), latency);
            }
            if (answer.status() == 201) {
                framework.adopted(answer);
            } else if (answer.status() == 401 || answer.status() == 403) {
                framework.drop();
                note("framework " + framework.id + " left out: the adoption answered " + answer.status());
            } else {
                note("adoption in " + framework.id + " answered " + answer.status() + " "
                        + abbreviate(answer.text()));
                if (answer.status() != 422 && answer.status() != 409) {
                    framework.drop();
                }
            }
        } catch (IOException e) {
            if (tally != null) {
                tally.fail();
            }
            framework.drop();
            note("adoption in " + framework.id + ": " + e);
        }
    }

    private void note(String problem) {
        if (problems.size() < 20) {
            problems.add(problem);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "..." : text;
    }

    @Override
    public void stop() throws InterruptedException {
        running = false;
        for (Thread worker : workers) {
            worker.join();
        }
    }

    @Override
    public double seconds(Tally tally, long runNanos) {
        return tally.busyNanos() / 1e9;
    }
}
