package org.kafo.server.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * TRACE refused everywhere with a 405 problem. The listener lets TRACE through (preboot-loopback.asadmin)
 * only so that it reaches this filter: refused by the listener it was a bare 405 with no body, and let
 * into the container unfiltered the default servlet would echo the request's headers back.
 */
@WebFilter("/*")
public class TraceRefusal extends HttpFilter {

    /** Every method some resource of the server accepts; TRACE is none of them. */
    static final String ALLOWED = "GET, HEAD, POST, PUT, DELETE, OPTIONS";

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("TRACE".equalsIgnoreCase(request.getMethod())) {
            response.setHeader("Allow", ALLOWED);
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        chain.doFilter(request, response);
    }
}
