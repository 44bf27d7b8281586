package org.kafo.model.organisation;

/** What an organisation is; its {@link #category()} is the part it plays in a framework. */
public enum OrganisationKind {
    MUNICIPALITY(PartyCategory.MUNICIPALITY),
    COOPERATIVE(PartyCategory.PROFESSIONAL_ORGANISATION),
    GROUP(PartyCategory.PROFESSIONAL_ORGANISATION),
    ASSOCIATION(PartyCategory.PROFESSIONAL_ORGANISATION),
    UNION(PartyCategory.PROFESSIONAL_ORGANISATION),
    TECHNICAL_SERVICE(PartyCategory.TECHNICAL_SERVICE),
    TECHNICAL_FINANCIAL_PARTNER(PartyCategory.PARTNER),
    NGO(PartyCategory.NGO),
    SUPPORT_PROGRAMME(PartyCategory.SUPPORT_PROGRAMME);

    private final PartyCategory category;

    OrganisationKind(PartyCategory category) {
        this.category = category;
    }

    public PartyCategory category() {
        return category;
    }

    public boolean isProfessional() {
        return category == PartyCategory.PROFESSIONAL_ORGANISATION;
    }
}
