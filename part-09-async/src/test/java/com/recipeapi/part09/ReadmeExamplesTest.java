package com.recipeapi.part09;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * Runs every {@code $ curl} line of the README's console blocks against the app and compares the
 * output with what the README shows, so the lesson can never show output the part does not give.
 */
@TestInstance(Lifecycle.PER_CLASS)
class ReadmeExamplesTest {
    private static final Pattern CONSOLE = Pattern.compile("(?s)```console\\n(.*?)```");
    private TestApp api;

    record Example(String command, String expected) {}

    @BeforeAll
    void start() {
        api = TestApp.start();
    }

    @AfterAll
    void stop() {
        api.close();
    }

    @TestFactory
    Stream<DynamicTest> README_curl_examples_print_what_the_README_shows() throws IOException {
        List<Example> examples = examples(Files.readString(Path.of("README.md")));
        assertFalse(examples.isEmpty(), "the README shows no curl example");
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.command(), () -> check(e)));
    }

    private void check(Example example) throws IOException, InterruptedException {
        assumeTrue(curlInstalled(), "curl is not installed");
        String command = example.command().replace("localhost:" + RecipeApp.DEFAULT_PORT, "localhost:" + api.port());

        Process curl = new ProcessBuilder("bash", "-c", command)
                .redirectErrorStream(true)
                .start();
        String output = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        curl.waitFor(20, TimeUnit.SECONDS);

        assertEquals(normalise(example.expected()), normalise(output), example.command());
    }

    private static List<Example> examples(String readme) {
        List<Example> examples = new ArrayList<>();
        Matcher block = CONSOLE.matcher(readme);
        while (block.find()) {
            String[] commands = ("\n" + block.group(1)).split("\n\\$ ");
            for (String command : commands) {
                int end = command.indexOf('\n');
                if (command.startsWith("curl ") && end > 0) {
                    examples.add(new Example(command.substring(0, end), command.substring(end + 1)));
                }
            }
        }
        return examples;
    }

    /** Drops what differs between runs (the Date header) and line-ending noise. */
    private static String normalise(String output) {
        return output.replace("\r", "").replaceAll("(?m)^Date: .*\\n", "").strip();
    }

    private static boolean curlInstalled() {
        try {
            return new ProcessBuilder("curl", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
