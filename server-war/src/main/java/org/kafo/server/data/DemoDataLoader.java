package org.kafo.server.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kafo.model.Repositories;
import org.kafo.model.framework.FrameworkId;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.server.core.ContainerTransactions;

/**
 * Writes the demonstration data once, at the first start on an empty database, in one transaction;
 * {@code kafo.demo-data=false} leaves the database empty.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    ConsultationProcess process;

    @Inject
    Repositories repositories;

    @Inject
    ContainerTransactions transactions;

    @Inject
    @ConfigProperty(name = "kafo.demo-data", defaultValue = "true")
    boolean enabled;

    /** Whether the demonstration data is there after this call (written now or before). */
    public boolean load() {
        if (!enabled) {
            return false;
        }
        try {
            return transactions.inTransaction(() -> {
                if (repositories.communes().findByCode(DemoData.DIORO_CODE).isPresent()) {
                    return true;
                }
                FrameworkId dioro = DemoData.write(process);
                LOG.info(() -> "Demonstration data written: the consultation framework of Dioro, " + dioro);
                return true;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The demonstration data could not be written; the server runs without it", e);
            return false;
        }
    }
}
