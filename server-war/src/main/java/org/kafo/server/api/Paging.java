package org.kafo.server.api;

import jakarta.ws.rs.QueryParam;

/** The {@code page} and {@code size} query parameters of every collection, typed once. */
public class Paging {

    @QueryParam("page")
    Integer page;

    @QueryParam("size")
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
