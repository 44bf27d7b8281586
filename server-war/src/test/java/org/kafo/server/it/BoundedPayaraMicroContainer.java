package org.kafo.server.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro's Arquillian container with a start that ends. The container gives Payara
 * {@code startupTimeoutInSeconds} (arquillian.xml) to say it deployed the WAR, then fails the deployment
 * and leaves the server as it is: a start hung in HK2 (payara/docker-payaraserver-full#91) fails the
 * test class without a word of where it hung. Here a start that outlives the timeout has its thread dump
 * written to the test's log, is killed and started again, {@value #STARTS} starts at most.
 */
public class BoundedPayaraMicroContainer extends PayaraMicroDeployableContainer {

    static final int STARTS = 2;
    private static final Logger LOG = Logger.getLogger(BoundedPayaraMicroContainer.class.getName());

    private int timeoutSeconds;

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        super.setup(configuration);
        timeoutSeconds = configuration.getStartupTimeoutInSeconds();
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        for (int start = 1; ; start++) {
            long began = System.nanoTime();
            try {
                return super.deploy(archive);
            } catch (DeploymentException e) {
                Process server = server();
                boolean hung = server != null && server.isAlive()
                        && System.nanoTime() - began >= TimeUnit.SECONDS.toNanos(timeoutSeconds);
                if (!hung) {
                    throw e;
                }
                LOG.severe(() -> "Payara Micro (pid " + server.pid() + ") has not deployed " + archive.getName()
                        + " within " + timeoutSeconds + " s: the start hangs. Its threads:\n" + threadDump(server));
                undeploy(archive);
                server.destroyForcibly();
                if (start >= STARTS) {
                    throw e;
                }
                LOG.severe("Payara Micro killed; starting again (start " + (start + 1) + " of " + STARTS + ")");
            }
        }
    }

    /** The container keeps its process to itself. */
    private Process server() {
        try {
            Field field = PayaraMicroDeployableContainer.class.getDeclaredField("payaraMicroProcess");
            field.setAccessible(true);
            return (Process) field.get(this);
        } catch (ReflectiveOperationException e) {
            LOG.warning("cannot see Payara Micro's process: " + e);
            return null;
        }
    }

    private static String threadDump(Process server) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(server.pid()), "Thread.print")
                    .redirectErrorStream(true).start();
            byte[] text = dump.getInputStream().readAllBytes();
            dump.waitFor(60, TimeUnit.SECONDS);
            return new String(text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no thread dump: " + e + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(no thread dump: interrupted)";
        }
    }
}
