package org.kafo.bench.start.empty;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The empty WAR's application: JAX-RS under {@code /api}, as Kafo's, with one resource. */
@ApplicationPath("api")
public class EmptyApplication extends Application {
}
