import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** One bash session, like a learner's terminal: commands run one after another and share their variables. */
final class Shell implements AutoCloseable {
    /** What a command printed (standard output and error, in order) and its exit status; -1 if it timed out. */
    record Result(List<String> output, int status) {}

    private static final String EOF = "\0eof";

    private final Process bash;
    private final Writer input;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final String marker = "@@end-" + UUID.randomUUID();

    Shell(Path directory, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("bash", "--noprofile", "--norc")
                .directory(directory.toFile())
                .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        bash = builder.start();
        input = new OutputStreamWriter(bash.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::read, "readme-shell");
        reader.setDaemon(true);
        reader.start();
        input.write("exec 2>&1\n");
    }

    private void read() {
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(bash.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the session ended; EOF below says so
        }
        lines.add(EOF);
    }

    /**
     * Runs one command and returns what it printed. A command still running after {@code timeout} is stopped, with
     * everything it started.
     */
    Result run(String command, Duration timeout) throws IOException, InterruptedException {
        // Commands read no input (it is this session's script). A newline before the marker ends output that has none
        // of its own (curl -s); one empty line is dropped.
        input.write(
                "{ " + command + "\n} </dev/null\n__status=$?; printf '\\n%s %s\\n' " + marker + " \"$__status\"\n");
        input.flush();
        List<String> output = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean timedOut = false;
        while (true) {
            String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null && !timedOut) {
                timedOut = true;
                bash.descendants().forEach(ProcessHandle::destroyForcibly);
                deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                continue;
            }
            if (line == null || line.equals(EOF)) {
                throw new IOException("the shell stopped answering after: " + command);
            }
            if (line.startsWith(marker + " ")) {
                if (!output.isEmpty() && output.get(output.size() - 1).isEmpty()) {
                    output.remove(output.size() - 1);
                }
                int status =
                        Integer.parseInt(line.substring(marker.length() + 1).trim());
                return new Result(output, timedOut ? -1 : status);
            }
            output.add(line);
        }
    }

    @Override
    public void close() throws IOException {
        bash.descendants().forEach(ProcessHandle::destroy);
        bash.destroy();
        try {
            if (!bash.waitFor(10, TimeUnit.SECONDS)) {
                bash.descendants().forEach(ProcessHandle::destroyForcibly);
                bash.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while stopping the shell", e));
        }
    }
}
