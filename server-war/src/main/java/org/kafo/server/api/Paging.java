package org.kafo.server.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code page} and {@code size} query parameters of every collection, typed once. */
public class Paging {

    @QueryParam("page")
    @Parameter(description = "the page, from 0")
    Integer page;

    @QueryParam("size")
    @Parameter(description = "items per page, 1 to " + Page.MAX_SIZE + " (default " + Page.DEFAULT_SIZE + ")")
    Integer size;

    public Paging() {
    }

    public Paging(Integer page, Integer size) {
        this.page = page;
        this.size = size;
    }

    /** @throws org.kafo.model.common.InvariantViolationException ({@code paging.invalid}) if out of range */
    public Page.Request request() {
        return Page.Request.at(page, size);
    }
}
