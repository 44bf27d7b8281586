package org.kafo.demo;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kafo.demo.PactMaliDataset.CommuneEntry;
import org.kafo.demo.PactMaliDataset.NeedEntry;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.need.NeedId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.CommuneId;
import org.kafo.model.territory.RegionId;
import org.kafo.rules.Verdict;

/**
 * What loading the dataset created, commune by commune, in the dataset's order.
 *
 * @param pact  the support programme
 * @param anict the partner that finances investments
 */
public record LoadedDataset(List<Commune> communes, OrganisationId pact, OrganisationId anict) {

    public LoadedDataset {
        communes = List.copyOf(communes);
        Objects.requireNonNull(pact, "pact is required");
        Objects.requireNonNull(anict, "anict is required");
    }

    /**
     * One commune and its established framework.
     *
     * @param organisations    its professional organisations by their key in the dataset
     * @param services         the technical services that are members of its framework, the cercle's first
     * @param ruralEngineering the cercle's rural engineering service
     * @param needs            the needs recorded, in the dataset's order
     * @param verdicts         every verdict the rules gave while it was loaded (warnings, infos)
     */
    public record Commune(CommuneEntry entry, String cercleName, String regionName, RegionId region, CercleId cercle,
            CommuneId commune, FrameworkId framework, OrganisationId municipality,
            Map<String, OrganisationId> organisations, List<OrganisationId> services, OrganisationId ruralEngineering,
            List<RecordedNeed> needs, List<Verdict> verdicts) {

        public Commune {
            organisations = Map.copyOf(organisations);
            services = List.copyOf(services);
            needs = List.copyOf(needs);
            verdicts = List.copyOf(verdicts);
        }

        public String name() {
            return entry.name();
        }
    }

    /** A need of the dataset, as recorded. */
    public record RecordedNeed(NeedEntry entry, NeedId id) {
    }
}
