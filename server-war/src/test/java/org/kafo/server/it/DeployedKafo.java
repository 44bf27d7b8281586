package org.kafo.server.it;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that drives the built kafo.war, deployed on a Payara Micro of its own, over HTTP as a
 * client: the deployment's URL and the team of callers signed in on it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class DeployedKafo {

    static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static WebArchive kafo() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("kafo.it.war")));
    }

    @ArquillianResource
    URL deployment;

    Team team;

    @BeforeEach
    void team() {
        team = Team.of(deployment);
    }
}
