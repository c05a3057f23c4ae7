import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The apps a README starts, run from the part's jar on free ports: the page's ports (8001 or a {@code PORT=}) are
 * mapped to them in commands and back in output, and the scratch folder prints as {@code /path/to/repo}.
 */
final class Apps {
    static final String READY = "Press Ctrl-C to stop.";
    private static final Pattern PORT = Pattern.compile("\\bPORT=(\\d+)\\s+");
    private static final int DEFAULT_PORT = 8001;

    private final Path scratch;
    private final Map<Integer, Integer> ports = new LinkedHashMap<>();
    private String running;
    private int started;

    Apps(Path scratch) {
        this.scratch = scratch;
    }

    /** A fresh scratch folder with the part's jar where the page says it is; returns the session's environment. */
    Map<String, String> prepare(Path module) throws IOException {
        if (Files.exists(scratch)) {
            try (Stream<Path> old = Files.walk(scratch)) {
                old.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
        String part = module.getFileName().toString();
        Path jar = module.resolve("target/" + part + ".jar");
        Files.createDirectories(scratch.resolve(part + "/target"));
        if (Files.exists(jar)) {
            Files.createSymbolicLink(scratch.resolve(part + "/target/" + part + ".jar"), jar);
        }
        String path = Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH");
        return Map.of("PATH", path, "HOME", scratch.toString(), "LANG", "C.UTF-8", "TZ", "UTC");
    }

    /**
     * Starts the part's jar with the command's variables. An app that should keep running (its page shows
     * {@link #READY}) replaces the one running and is left running; any other start is expected to end by itself.
     */
    List<String> start(Shell shell, String part, String assignments, boolean keepsRunning)
            throws IOException, InterruptedException {
        Matcher port = PORT.matcher(assignments);
        String variables = assignments;
        boolean numbered = port.find();
        if (numbered || !assignments.contains("PORT=")) {
            int shown = numbered ? Integer.parseInt(port.group(1)) : DEFAULT_PORT;
            ports.put(shown, freePort());
            variables = port.replaceAll("") + "PORT=" + ports.get(shown) + " ";
        }
        String jar = "java -jar " + part + "/target/" + part + ".jar";
        if (!keepsRunning) {
            return shell.run(variables + "timeout 60 " + jar, Duration.ofSeconds(70))
                    .output();
        }
        String command = variables + jar;
        stop(shell);
        Path log = scratch.resolve("app-" + ++started + ".log");
        running = shell.run(command + " >" + log + " 2>&1 & echo $!", Duration.ofSeconds(10))
                .output()
                .get(0);
        ProcessHandle app = ProcessHandle.of(Long.parseLong(running)).orElse(null);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            if (lines.contains(READY)) {
                return new ArrayList<>(lines.subList(0, lines.indexOf(READY) + 1));
            }
            if (app == null || !app.isAlive()) {
                running = null;
                return lines;
            }
            Thread.sleep(50);
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(log));
        lines.add("(no '" + READY + "' within 60 s)");
        return lines;
    }

    /** Stops the running app as Ctrl-C would, and waits until it has. */
    void stop(Shell shell) throws IOException, InterruptedException {
        if (running != null) {
            shell.run("kill -TERM " + running + "; wait " + running + " 2>/dev/null; true", Duration.ofSeconds(30));
            running = null;
        }
    }

    /** The command as run: the ports the page shows point at the ports the apps were started on. */
    String local(String command) {
        for (Map.Entry<Integer, Integer> port : ports.entrySet()) {
            command =
                    command.replaceAll("(localhost|127\\.0\\.0\\.1):" + port.getKey() + "\\b", "$1:" + port.getValue());
        }
        return command;
    }

    /** The output as the page shows it: the page's ports and paths. */
    List<String> shown(List<String> output) {
        return output.stream()
                .map(line -> {
                    for (Map.Entry<Integer, Integer> port : ports.entrySet()) {
                        line = line.replaceAll(
                                "(localhost|127\\.0\\.0\\.1):" + port.getValue() + "\\b", "$1:" + port.getKey());
                    }
                    return line.replace(scratch.toString(), "/path/to/repo").stripTrailing();
                })
                .toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
