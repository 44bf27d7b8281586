package org.kafo.bench.load;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Each connection sends its next request as soon as the previous one is answered; every request is timed. */
final class ClosedLoop implements Workload {

    /** The request a worker sends, the {@code iteration}-th of worker {@code worker}. */
    @FunctionalInterface
    interface Exchange {
        HttpConnection.Response send(Client client, int worker, long iteration) throws IOException;
    }

    private final URI base;
    private final String authorization;
    private final int connections;
    private final Exchange exchange;
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    ClosedLoop(URI base, String authorization, int connections, Exchange exchange) {
        this.base = base;
        this.authorization = authorization;
        this.connections = connections;
        this.exchange = exchange;
    }

    @Override
    public void start(Supplier<Tally> tally) {
        running = true;
        for (int i = 0; i < connections; i++) {
            int worker = i;
            Thread thread = new Thread(() -> work(worker, tally), "load-" + i);
            workers.add(thread);
            thread.start();
        }
    }

    private void work(int worker, Supplier<Tally> tally) {
        try (Client client = new Client(base, authorization)) {
            for (long iteration = 0; running; iteration++) {
                long start = System.nanoTime();
                try {
                    HttpConnection.Response response = exchange.send(client, worker, iteration);
                    long latency = System.nanoTime() - start;
                    Tally current = tally.get();
                    if (current != null) {
                        Outcomes.count(current, response.status(), latency);
                    }
                } catch (IOException e) {
                    Tally current = tally.get();
                    if (current != null) {
                        current.fail();
                    }
                    pause();
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() throws InterruptedException {
        running = false;
        for (Thread worker : workers) {
            worker.join();
        }
    }
}
