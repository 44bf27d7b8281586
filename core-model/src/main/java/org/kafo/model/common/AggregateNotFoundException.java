package org.kafo.model.common;

/** No aggregate of that kind has that id. */
public final class AggregateNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String aggregateType;
    private final transient Identifier id;

    public AggregateNotFoundException(String aggregateType, Identifier id) {
        super("aggregate.not-found", aggregateType + " " + id + " does not exist");
        this.aggregateType = aggregateType;
        this.id = id;
    }

    public String aggregateType() {
        return aggregateType;
    }

    public Identifier id() {
        return id;
    }
}
