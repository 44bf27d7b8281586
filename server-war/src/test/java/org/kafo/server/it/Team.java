package org.kafo.server.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Who the tests sign in as: the administrator, whose password the server wrote at its first start
 * (none is configured for the tests), and one account per role, made once per server and given
 * roles in each story's commune ({@link #joinCommune}), plus an account with no role anywhere.
 */
final class Team {

    static final String PASSWORD = "it-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + "-secret";

    private static final java.util.Map<String, Team> TEAMS = new java.util.HashMap<>();

    final Api anonymous;
    final Api admin;
    final Api officer;
    final Api cooperative;
    final Api group;
    final Api committee;
    final Api service;
    final Api partner;
    final Api nobody;
    final String mark = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));

    private Team(URL deployment) {
        anonymous = new Api(deployment);
        admin = anonymous.signedIn("admin", adminPassword());
        officer = account("officer");
        cooperative = account("cooperative");
        group = account("group");
        committee = account("committee");
        service = account("service");
        partner = account("partner");
        nobody = account("nobody");
    }

    /** The accounts of the tests on this server (each test class has a server of its own), made at the first call. */
    static synchronized Team of(URL deployment) {
        return TEAMS.computeIfAbsent(deployment.toString(), url -> new Team(deployment));
    }

    /** Other accounts, of their own: their stories' frameworks are foreign to {@link #of}'s accounts. */
    static Team other(URL deployment) {
        return new Team(deployment);
    }

    String username(String role) {
        return "it." + role + "." + mark;
    }

    private Api account(String role) {
        admin.post("users", """
                {"username": "%s", "displayName": "Test %s", "password": "%s"}""".formatted(username(role), role, PASSWORD))
                .expect(201);
        return anonymous.signedIn(username(role), PASSWORD);
    }

    /** Gives each account its role in the frameworks of {@code commune}, for the parties of a story. */
    void joinCommune(String commune, String mairie, String cooperativeId, String groupId, String serviceId,
            String programmeId) {
        grant("officer", "COMMUNE_OFFICER", commune, mairie);
        grant("cooperative", "ORGANISATION_REPRESENTATIVE", commune, cooperativeId);
        grant("group", "ORGANISATION_REPRESENTATIVE", commune, groupId);
        grant("committee", "COMMITTEE_MEMBER", commune, null);
        grant("service", "TECHNICAL_SERVICE", commune, serviceId);
        grant("partner", "PARTNER_OBSERVER", commune, programmeId);
    }

    private void grant(String role, String grantedRole, String commune, String organisation) {
        admin.post("users/" + username(role) + "/grants", """
                {"role": "%s", "commune": "%s"%s}""".formatted(grantedRole, commune,
                organisation == null ? "" : ", \"organisation\": \"" + organisation + "\"")).expect(201);
    }

    /** The administrator's password, from the file the server writes at its first start. */
    static String adminPassword() {
        Path file = Path.of(System.getProperty("kafo.it.dataDir"), "initial-credentials.txt");
        try {
            List<String> admins = Files.readAllLines(file).stream().filter(l -> l.startsWith("admin\t")).toList();
            return admins.get(admins.size() - 1).split("\t")[1];
        } catch (IOException e) {
            throw new UncheckedIOException("the server writes the administrator's password to " + file, e);
        }
    }
}
