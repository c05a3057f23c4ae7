import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs every command a part's README shows, in one bash session in a scratch folder with the part's jar, and
 * compares what each prints with what the page shows (conventions in tools/README.md). Run by the build in every
 * part: {@code Readme check|warn|write <module dir> <slow: true|false>}.
 */
public class Readme {
    private static final Pattern MARKER = Pattern.compile("<!-- (varies|postgresql|slow)(?:: (.*?))? -->");
    private static final Pattern START = Pattern.compile("((?:[A-Z_]+=\\S*\\s+)*)(?:\\./mvnw -q -pl (part-[a-z0-9-]+)"
            + " compile exec:java|java -jar (part-[a-z0-9-]+)/target/[a-z0-9-]+\\.jar)");
    private static final Pattern BUILD_ONLY =
            Pattern.compile("\\./mvnw\\b.*|export TEST_DATABASE_.*|sudo -u postgres .*");
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    record Step(String command, int line, int from, int to) {}

    record Block(List<Pattern> masks, String skip, List<Step> steps) {
        List<String> masked(List<String> text) {
            return text.stream()
                    .map(line -> masks.stream()
                            .reduce(line, (l, mask) -> mask.matcher(l).replaceAll("…"), (x, y) -> y))
                    .toList();
        }
    }

    private final String mode;
    private final Path module;
    private final Path scratch;
    private final boolean slow;
    private final List<String> lines;
    private final List<String> problems = new ArrayList<>();
    private final List<String> notRun = new ArrayList<>();
    private final TreeMap<Integer, Map.Entry<Step, List<String>>> rewrites = new TreeMap<>();
    private final Apps apps;
    private int run;

    private Readme(String mode, Path module, boolean slow) throws IOException {
        this.mode = mode;
        this.module = module;
        this.slow = slow;
        this.scratch = module.resolve("target/readme");
        this.apps = new Apps(scratch);
        this.lines = Files.readAllLines(module.resolve("README.md"));
    }

    public static void main(String[] args) throws Exception {
        Path module = Path.of(args[1]).toAbsolutePath().normalize();
        Readme readme = new Readme(args[0], module, Boolean.parseBoolean(args[2]));
        readme.run(readme.parse());
        String part = module.getFileName().toString();
        String name = part.startsWith("part-") ? part + "/README.md" : "README.md"; // the root's, in any clone
        readme.notRun.forEach(line -> System.out.println("[readme] " + name + ":" + line));
        readme.problems.forEach(problem -> System.err.println("[readme] " + name + ":" + problem));
        if (readme.problems.isEmpty()) {
            System.out.printf("[readme] %s: %d commands run, each printed what the page shows%n", name, readme.run);
        } else if (args[0].equals("warn")) {
            System.err.println("[readme] (a maintainers' check, so it does not fail your build; CI runs it strictly)");
        } else if (!args[0].equals("write")) {
            System.exit(1);
        }
    }

    private List<Block> parse() {
        List<Block> blocks = new ArrayList<>();
        List<Matcher> markers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher marker = MARKER.matcher(line.strip());
            if (marker.matches()) {
                markers.add(marker);
                continue;
            }
            if (line.startsWith("```")) {
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).startsWith("```")) {
                    end++;
                }
                String kind = line.substring(3).strip();
                if (kind.equals("console")) {
                    blocks.add(block(markers, i + 1, end));
                } else {
                    checkNotRun(kind, i + 1, end);
                }
                i = end;
            }
            markers.clear();
        }
        return blocks;
    }

    private Block block(List<Matcher> markers, int from, int to) {
        List<Pattern> masks = new ArrayList<>();
        String skip = null;
        for (Matcher marker : markers) {
            switch (marker.group(1)) {
                case "varies" -> masks.add(Pattern.compile(marker.group(2)));
                case "postgresql" ->
                    skip = System.getenv("TEST_DATABASE_URL") == null
                            ? "PostgreSQL block not run: no TEST_DATABASE_URL (CI sets it)"
                            : null;
                default -> skip = slow ? null : "slow block not run: -Dreadme.slow=true runs it (CI does)";
            }
        }
        List<Step> steps = new ArrayList<>();
        for (int i = from; i < to; ) {
            if (!lines.get(i).startsWith("$ ")) {
                problems.add((i + 1) + ": output before any command in a console block");
                return new Block(masks, skip, steps);
            }
            StringBuilder command = new StringBuilder(lines.get(i).substring(2));
            int start = i;
            while (lines.get(i).endsWith("\\") && i + 1 < to) {
                command.append('\n').append(lines.get(++i));
            }
            int output = ++i;
            while (i < to && !lines.get(i).startsWith("$ ")) {
                i++;
            }
            steps.add(new Step(command.toString(), start + 1, output, i));
        }
        return new Block(masks, skip, steps);
    }

    /** Commands in other blocks are not run here: only build commands, which .ci/run runs, may be there. */
    private void checkNotRun(String kind, int from, int to) {
        for (int i = from; i < to; i++) {
            boolean command = kind.equals("bash") && !lines.get(i).isBlank();
            if (lines.get(i).startsWith("$ ")
                    || (command && !BUILD_ONLY.matcher(lines.get(i)).matches())) {
                problems.add((i + 1) + ": a command no check runs (use a console block): " + lines.get(i));
            }
        }
    }

    private void run(List<Block> blocks) throws IOException, InterruptedException {
        try (Shell shell = new Shell(scratch, apps.prepare(module))) {
            for (Block block : blocks) {
                if (block.skip() != null) {
                    notRun.add(block.steps().get(0).line() + ": " + block.skip());
                    continue;
                }
                for (Step step : block.steps()) {
                    check(block, step, execute(shell, step));
                }
            }
            apps.stop(shell);
        }
        if (mode.equals("write") && !rewrites.isEmpty()) { // the output each command printed, in place
            List<String> out = new ArrayList<>(lines);
            for (Map.Entry<Step, List<String>> rewrite :
                    rewrites.descendingMap().values()) {
                out.subList(rewrite.getKey().from(), rewrite.getKey().to()).clear();
                out.addAll(rewrite.getKey().from(), rewrite.getValue());
            }
            Files.write(module.resolve("README.md"), out);
            System.out.println("[readme] wrote " + module.resolve("README.md"));
        }
    }

    private List<String> execute(Shell shell, Step step) throws IOException, InterruptedException {
        run++;
        Matcher start = START.matcher(step.command());
        if (start.matches()) {
            String part = start.group(2) != null ? start.group(2) : start.group(3);
            if (!part.equals(module.getFileName().toString())) {
                problems.add(step.line() + ": starts another part: " + step.command());
            }
            boolean keepsRunning = lines.subList(step.from(), step.to()).contains(Apps.READY);
            return apps.shown(apps.start(shell, part, start.group(1), keepsRunning));
        }
        Shell.Result result = shell.run(apps.local(step.command()), TIMEOUT.multipliedBy(slow ? 10 : 1));
        if (result.status() == 127) {
            problems.add(step.line() + ": a tool is missing (install it and run again): " + result.output());
        } else if (result.status() == -1) {
            problems.add(step.line() + ": still running after " + TIMEOUT.toSeconds() + " s: " + step.command());
        }
        return apps.shown(result.output());
    }

    private void check(Block block, Step step, List<String> actual) {
        List<String> expected = lines.subList(step.from(), step.to());
        if (!block.masked(expected).equals(block.masked(actual))) {
            StringBuilder report = new StringBuilder(step.line() + ": $ " + step.command() + "\n");
            expected.forEach(line -> report.append("  - ").append(line).append('\n'));
            actual.forEach(line -> report.append("  + ").append(line).append('\n'));
            problems.add(report.toString().stripTrailing());
            rewrites.put(step.from(), Map.entry(step, actual));
        }
    }
}
