package org.kafo.server.launch;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * A stand-in for Payara in {@link BoundedStartTest} and {@link RunCommandTest}: {@code hangs}, or
 * {@code answers PORT EXIT_CODE}, which first prints the {@code kafo.*} system properties it was given
 * ({@code property name=value}).
 */
public final class FakeServer {

    private FakeServer() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("hangs")) {
            Thread.sleep(600_000);
            return;
        }
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("kafo.")).sorted()
                .forEach(name -> System.out.println("property " + name + "=" + System.getProperty(name)));
        System.out.flush();
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                Integer.parseInt(args[1])), 0);
        http.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        http.start();
        Thread.sleep(3000);
        http.stop(0);
        System.exit(Integer.parseInt(args[2]));
    }
}
