package org.kafo.server.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every option the READMEs document reaches the server from the run command line
 * ({@code ./mvnw ... exec:exec@run -Dname=value}): the options of the README's run command table and
 * every setting of server-war/README.md's configuration table are in the run command's arguments
 * (server-war/pom.xml, execution {@code run}), and the launcher passes them on, as Maven fills them in,
 * to a stand-in server that says which it was given.
 */
class RunCommandTest {

    private static final Pattern OPTION = Pattern.compile("`-D(kafo\\.[a-z.-]+)=");
    private static final Pattern SETTING = Pattern.compile("`(kafo\\.[a-z.-]+|\\.[a-z.-]+)`");
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    @TempDir
    Path dir;

    @Test
    void every_option_of_the_run_command_and_every_setting_of_the_server_is_in_its_arguments() throws Exception {
        List<String> arguments = runArguments();
        Map<String, String> properties = pomProperties();

        Set<String> documented = new LinkedHashSet<>(runCommandOptions());
        documented.addAll(serverSettings());

        assertThat(runCommandOptions()).contains("kafo.demo-data", "kafo.demo-data.as-of", "kafo.http.port",
                "kafo.data.dir", "kafo.rules.profile", "kafo.heap");
        assertThat(serverSettings()).contains("kafo.db.url", "kafo.demo-data", "kafo.demo.password",
                "kafo.auth.throttle.account.lockout-failures", "kafo.auth.throttle.max-delay-seconds");
        for (String name : documented) {
            assertThat(String.join(" ", arguments)).as(name).contains("${" + name + "}");
            assertThat(properties).as("a default for " + name + " in the pom").containsKey(name);
        }
        for (String setting : serverSettings()) {
            assertThat(arguments).contains("-D" + setting + "=${" + setting + "}");
        }
    }

    @Test
    void each_setting_given_on_the_command_line_reaches_the_server_and_the_others_keep_the_server_s_defaults()
            throws Exception {
        // given a value for every setting passed as a system property
        Map<String, String> given = new LinkedHashMap<>();
        for (String argument : runArguments()) {
            Matcher setting = Pattern.compile("-D([^=]+)=\\$\\{\\1}").matcher(argument);
            if (setting.matches()) {
                given.put(setting.group(1), "given-" + setting.group(1));
            }
        }
        assertThat(given).containsKeys("kafo.demo-data", "kafo.data.dir", "kafo.rules.libs", "kafo.demo-data.as-of");

        // when
        String log = start(given);

        // then
        given.forEach((name, value) -> assertThat(log).contains("property " + name + "=" + value + "\n"));
    }

    @Test
    void demo_data_off_reaches_the_server_and_a_setting_not_given_is_left_out() throws Exception {
        String log = start(Map.of("kafo.demo-data", "false"));

        assertThat(log).contains("property kafo.demo-data=false\n", "property kafo.rules.profile=pact\n",
                "property kafo.data.dir=" + System.getProperty("user.home") + "/.kafo/data\n");
        assertThat(log).doesNotContain("property kafo.db.url=", "property kafo.demo.password=",
                "property kafo.demo-data.as-of=");
    }

    /** Runs the run command's launcher with its arguments as Maven fills them in, on the stand-in server. */
    private String start(Map<String, String> commandLine) throws Exception {
        Map<String, String> values = new LinkedHashMap<>(pomProperties());
        values.putAll(commandLine);
        values.put("kafo.http.port", Integer.toString(freePort()));
        values.put("kafo.start.bound", "60");
        List<String> arguments = new ArrayList<>();
        for (String argument : runArguments()) {
            if (argument.equals("-jar")) {
                break;
            }
            arguments.add(fill(argument, values));
        }
        arguments.addAll(List.of("-cp", System.getProperty("java.class.path"), FakeServer.class.getName(), "answers",
                values.get("kafo.http.port"), "0"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        Path out = dir.resolve("run.out");
        Process launcher = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(launcher.waitFor(120, TimeUnit.SECONDS)).as("the launcher ends").isTrue();
        String log = Files.readString(out);
        assertThat(launcher.exitValue()).as(log).isZero();
        return log;
    }

    private static String fill(String argument, Map<String, String> values) {
        Matcher property = PROPERTY.matcher(argument);
        StringBuilder filled = new StringBuilder();
        while (property.find()) {
            String name = property.group(1);
            String value = switch (name) {
                case "project.basedir" -> Path.of("").toAbsolutePath().toString();
                case "project.build.directory" -> Path.of("target").toAbsolutePath().toString();
                case "user.home" -> System.getProperty("user.home");
                default -> values.get(name);
            };
            assertThat(value).as("the value of ${" + name + "}").isNotNull();
            property.appendReplacement(filled, Matcher.quoteReplacement(fill(value, values)));
        }
        property.appendTail(filled);
        return filled.toString();
    }

    /** The names of the README's run command table: {@code -Dkafo.name=...}. */
    private static List<String> runCommandOptions() throws IOException {
        List<String> names = new ArrayList<>();
        for (String row : tableRows(Path.of("../README.md"), "| option |")) {
            Matcher option = OPTION.matcher(row.split("\\|")[1]);
            while (option.find()) {
                names.add(option.group(1));
            }
        }
        return names;
    }

    /** The names of server-war/README.md's configuration table; {@code .b.c} after {@code a.x.y} is {@code a.b.c}. */
    private static List<String> serverSettings() throws IOException {
        List<String> names = new ArrayList<>();
        for (String row : tableRows(Path.of("README.md"), "| name |")) {
            Matcher setting = SETTING.matcher(row.split("\\|")[1]);
            String first = null;
            while (setting.find()) {
                String name = setting.group(1);
                if (name.startsWith(".")) {
                    int segments = name.split("\\.").length - 1;
                    String prefix = first;
                    for (int i = 0; i < segments; i++) {
                        prefix = prefix.substring(0, prefix.lastIndexOf('.'));
                    }
                    name = prefix + name;
                } else {
                    first = name;
                }
                names.add(name);
            }
        }
        return names;
    }

    /** The body rows of the table whose header starts with {@code header}. */
    private static List<String> tableRows(Path readme, String header) throws IOException {
        List<String> lines = Files.readAllLines(readme);
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(header)) {
                start = i;
                break;
            }
        }
        assertThat(start).as(readme + " has a table headed " + header).isNotNegative();
        List<String> rows = new ArrayList<>();
        for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            rows.add(lines.get(i));
        }
        return rows;
    }

    /** The arguments of the pom's execution {@code run}. */
    private static List<String> runArguments() throws Exception {
        Element pom = pom();
        NodeList executions = pom.getElementsByTagName("execution");
        for (int i = 0; i < executions.getLength(); i++) {
            Element execution = (Element) executions.item(i);
            NodeList ids = execution.getElementsByTagName("id");
            if (ids.getLength() > 0 && ids.item(0).getTextContent().strip().equals("run")) {
                NodeList arguments = execution.getElementsByTagName("argument");
                List<String> list = new ArrayList<>();
                for (int j = 0; j < arguments.getLength(); j++) {
                    list.add(arguments.item(j).getTextContent().strip());
                }
                return list;
            }
        }
        throw new AssertionError("the pom has no execution 'run'");
    }

    private static Map<String, String> pomProperties() throws Exception {
        Element properties = (Element) pom().getElementsByTagName("properties").item(0);
        Map<String, String> values = new LinkedHashMap<>();
        NodeList children = properties.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element property) {
                values.put(property.getTagName(), property.getTextContent().strip());
            }
        }
        return values;
    }

    private static Element pom() throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile())
                .getDocumentElement();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
