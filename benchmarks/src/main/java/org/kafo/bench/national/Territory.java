package org.kafo.bench.national;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.kafo.model.common.Effective;
import org.kafo.model.common.Sector;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.territory.Cercle;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.Region;
import org.kafo.model.territory.RegionId;

/**
 * A synthetic Mali after the 2023 reform: 19 regions, 159 cercles, and the parties that work across
 * communes (a regional partner per region, the technical services and an NGO per cercle, the support
 * programme for the whole country). Every name is generated and says it is synthetic; only the counts
 * are the country's.
 *
 * @param communesPerCercle how many communes each cercle has, adding up to the national count
 */
record Territory(List<Region.State> regions, List<Cercle.State> cercles, List<Organisation.State> organisations,
        OrganisationId supportProgramme, List<OrganisationId> partnerOfRegion, List<List<OrganisationId>> servicesOfCercle,
        List<OrganisationId> ngoOfCercle, int[] communesPerCercle) {

    static final int REGIONS = 19;
    static final int CERCLES = 159;
    static final LocalDate REFORM = LocalDate.of(2024, 9, 24);

    static Territory generate(Random random, int communes) {
        Names names = new Names(random);
        List<Region.State> regions = new ArrayList<>();
        List<Cercle.State> cercles = new ArrayList<>();
        List<Organisation.State> organisations = new ArrayList<>();
        OrganisationId pact = new OrganisationId(Ids.uuid(random));
        organisations.add(new Organisation.State(pact, "Programme d'appui aux collectivités territoriales (synthétique)",
                "PACT", OrganisationKind.SUPPORT_PROGRAMME, null, List.of(), null, null));
        List<OrganisationId> partners = new ArrayList<>();
        List<List<OrganisationId>> services = new ArrayList<>();
        List<OrganisationId> ngos = new ArrayList<>();
        for (int r = 0; r < REGIONS; r++) {
            RegionId region = new RegionId(Ids.uuid(random));
            String regionName = names.place();
            regions.add(new Region.State(region, String.format("SYN-%02d", r + 1), regionName + " (région synthétique)",
                    Effective.since(REFORM)));
            OrganisationId partner = new OrganisationId(Ids.uuid(random));
            partners.add(partner);
            organisations.add(new Organisation.State(partner, "Fonds régional de développement de " + regionName,
                    null, OrganisationKind.TECHNICAL_FINANCIAL_PARTNER, null, List.of(), null, null));
        }
        for (int c = 0; c < CERCLES; c++) {
            int region = c * REGIONS / CERCLES;
            CercleId cercle = new CercleId(Ids.uuid(random));
            String cercleName = names.place();
            cercles.add(new Cercle.State(cercle, String.format("SYN-%02d-%03d", region + 1, c + 1),
                    cercleName + " (cercle synthétique)", regions.get(region).id(), Effective.since(REFORM)));
            OrganisationId agriculture = new OrganisationId(Ids.uuid(random));
            OrganisationId engineering = new OrganisationId(Ids.uuid(random));
            services.add(List.of(agriculture, engineering));
            organisations.add(new Organisation.State(agriculture, "Service local de l'agriculture de " + cercleName,
                    "SLA", OrganisationKind.TECHNICAL_SERVICE, null, List.of(), null, null));
            organisations.add(new Organisation.State(engineering, "Service local du génie rural de " + cercleName,
                    "SLGR", OrganisationKind.TECHNICAL_SERVICE, null, List.of(), null, null));
            OrganisationId ngo = new OrganisationId(Ids.uuid(random));
            ngos.add(ngo);
            organisations.add(new Organisation.State(ngo, "ONG Jèkafo " + cercleName, null, OrganisationKind.NGO, null,
                    Sectors.ALL.stream().map(Sector::new).filter(s -> random.nextBoolean()).toList(), null, null));
        }
        int[] perCercle = new int[CERCLES];
        for (int i = 0; i < communes; i++) {
            perCercle[i * CERCLES / communes]++;
        }
        return new Territory(regions, cercles, organisations, pact, partners, services, ngos, perCercle);
    }

    /** The priority sectors communes choose from. */
    static final class Sectors {
        static final List<String> ALL = List.of("small-scale-irrigation", "market-gardening", "rice-growing",
                "livestock", "fishing", "shea-processing");
        static final Set<String> WATER = Set.of("small-scale-irrigation", "market-gardening", "rice-growing");

        private Sectors() {
        }
    }
}
