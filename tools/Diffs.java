import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The generated diff from one part to the part before it: part numbers normalised, renames detected. */
final class Diffs {
    private static final Pattern PART_DIR = Pattern.compile("part-(\\d\\d)-[a-z0-9-]+");

    private Diffs() {}

    static Optional<Path> previousPart(Path module) throws IOException {
        Matcher self = PART_DIR.matcher(module.getFileName().toString());
        if (!self.matches()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(self.group(1));
        try (Stream<Path> siblings = Files.list(module.getParent())) {
            return siblings.filter(p -> {
                        Matcher m = PART_DIR.matcher(p.getFileName().toString());
                        return m.matches() && Integer.parseInt(m.group(1)) < number && Files.isDirectory(p);
                    })
                    .max(Comparator.comparing(p -> p.getFileName().toString()));
        }
    }

    /** The diff between two parts' code (pom.xml and src/), part numbers normalised, moved files as renames. */
    static String diff(Path from, Path to, boolean summary) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("lessons");
        try {
            copyNormalised(from, work.resolve("a"));
            copyNormalised(to, work.resolve("b"));
            List<String> command = new ArrayList<>(List.of(
                    "git",
                    "-c",
                    "core.quotePath=false",
                    "diff",
                    "--no-index",
                    "--no-color",
                    "--no-ext-diff",
                    "--find-renames",
                    "--irreversible-delete",
                    "--histogram",
                    "--unified=1",
                    "--no-prefix"));
            command.addAll(summary ? List.of("--numstat", "-z", "a", "b") : List.of("a", "b"));
            Process git = new ProcessBuilder(command)
                    .directory(work.toFile())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (git.waitFor() > 1) {
                throw new IOException("git diff failed: " + out);
            }
            return summary ? summary(out) : out.replaceAll("(?m)^index [0-9a-f]+\\.\\.[0-9a-f]+( \\d+)?\\n", "");
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** One line a file: its path, lines added and removed, and whether it is new, gone or moved. */
    private static String summary(String numstat) {
        StringBuilder out = new StringBuilder();
        String[] fields = numstat.split("\0");
        for (int i = 0; i + 2 < fields.length; i += 3) {
            String[] counts = fields[i].split("\t");
            String from = fields[i + 1].replaceFirst("^a/", "");
            String to = fields[i + 2].replaceFirst("^b/", "");
            String path = to.equals("/dev/null") ? from : to;
            String note = from.equals("/dev/null")
                    ? "(new)"
                    : to.equals("/dev/null") ? "(removed)" : from.equals(to) ? "" : "(moved from " + from + ")";
            out.append(String.format("%-60s +%-4s -%-4s %s", path, counts[0], counts[1], note)
                            .stripTrailing())
                    .append('\n');
        }
        return out.toString();
    }

    private static void copyNormalised(Path part, Path target) throws IOException {
        List<Path> files = new ArrayList<>(List.of(part.resolve("pom.xml")));
        try (Stream<Path> src = Files.walk(part.resolve("src"))) {
            // src/demo holds a part's classroom tooling (part 09's race): not the lesson, so not in its diff
            src.filter(Files::isRegularFile)
                    .filter(file -> !part.relativize(file).startsWith("src/demo"))
                    .forEach(files::add);
        }
        for (Path file : files) {
            Path out = target.resolve(normalise(part.relativize(file).toString()));
            Files.createDirectories(out.getParent());
            try {
                Files.writeString(out, normalise(Files.readString(file)));
            } catch (MalformedInputException binary) {
                Files.copy(file, out);
            }
        }
    }

    static String normalise(String text) {
        return text.replaceAll("part-\\d\\d-[a-z0-9-]+", "part-NN")
                .replaceAll("part\\d\\d", "partNN")
                .replaceAll("(?i)(part) \\d\\d", "$1 NN");
    }
}
